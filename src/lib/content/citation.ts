// What a page shows for a source an event, a status or a figure cites: outlet (or article label), date, link, weakness.
import { m } from '$lib/paraglide/messages';
import type { Content, WeakReason } from './types';

export interface Citation {
	id: string;
	kind: 'article' | 'report';
	/** "Article C (Al Jazeera)"; for a report, the outlet and where it was read, in the page's edition. */
	label: string;
	date?: string;
	end?: string;
	/** "~" in the fact sheet, or an article date inferred from its text. */
	dateApproximate: boolean;
	/** Reports only: the articles are files, not pages. */
	url?: string;
	weak: WeakReason[];
}

/** The citation for an article id or a report id; undefined for an id that is neither (validation forbids those). */
export function citationOf(id: string, content: Pick<Content, 'sourceById' | 'reportById'>): Citation | undefined {
	const article = content.sourceById[id];
	if (article)
		return {
			id,
			kind: 'article',
			label: article.outlet ? `${article.label} (${article.outlet})` : article.label,
			date: article.date,
			dateApproximate: article.dateInferred,
			weak: []
		};
	const report = content.reportById[id];
	if (!report) return undefined;
	return {
		id,
		kind: 'report',
		label: report.readOn ? m.cite_read_on({ outlet: report.outlet, site: report.readOn }) : report.outlet,
		date: report.date,
		end: report.end,
		dateApproximate: report.dateApproximate ?? false,
		url: report.url,
		weak: report.weak
	};
}
