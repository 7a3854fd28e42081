// What a page shows for a source an event, a status or a figure cites: outlet (or article label), date, link, weakness.
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import type { Content, WeakReason } from './types';

export interface Citation {
	id: string;
	kind: 'article' | 'report';
	/** "Article C (Al Jazeera)" for an article; the outlet, and where it was read, for a report. */
	label: string;
	date?: string;
	end?: string;
	/** "~" in the fact sheet, or an article date inferred from its text. */
	dateApproximate: boolean;
	/** Reports only: the articles are files, not pages. */
	url?: string;
	weak: WeakReason[];
}

/**
 * The citation for an article id or a report id, in the edition's words ("AFP, read on Siasat Daily"); undefined for an
 * id that is neither (validation forbids those).
 */
export function citationOf(
	id: string,
	content: Pick<Content, 'sourceById' | 'reportById'>,
	locale: Locale = getLocale()
): Citation | undefined {
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
		label: report.readOn ? m.cite_read_on({ outlet: report.outlet, site: report.readOn }, { locale }) : report.outlet,
		date: report.date,
		end: report.end,
		dateApproximate: report.dateApproximate ?? false,
		url: report.url,
		weak: report.weak
	};
}
