import { citedQuotes } from '$lib/content/cite';
import { quoteUses } from '$lib/content/usage';
import { content } from '$lib/server/content';

/** The articles, each with the quotes taken from it as they are cited, where each is used, and the figures ledger. */
export const load = () => {
	const cited = citedQuotes(content);
	return {
		sources: content.sources.map((s) => ({
			...s,
			quotes: content.quotes.filter((q) => q.source === s.id).map((q) => cited[q.id])
		})),
		figures: content.figures,
		uses: quoteUses(content)
	};
};
