import { citedQuotes } from '$lib/content/cite';
import { quoteUses } from '$lib/content/usage';
import { aboutDataset } from '$lib/downloads/dataset-about';
import { edition } from '$lib/server/content';
import { editionDatasets } from '$lib/server/datasets';

/**
 * The articles, each with the quotes taken from it as they are cited, where each is used, the figures ledger and the
 * datasets to download.
 */
export const load = () => {
	const { content } = edition();
	const cited = citedQuotes(content);
	return {
		sources: content.sources.map((s) => ({
			...s,
			quotes: content.quotes.filter((q) => q.source === s.id).map((q) => cited[q.id])
		})),
		figures: content.figures,
		uses: quoteUses(content),
		datasets: Object.values(editionDatasets()).map(aboutDataset)
	};
};
