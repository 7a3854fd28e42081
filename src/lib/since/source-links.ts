// A fact's sources as a reader sees them: each linked (a report to its address, an article to its entry on /sources),
// with its date and any weakness in words. SourceLinks.svelte draws them; a diagram's since view writes them as markup.
import { resolve } from '$app/paths';
import type { Citation } from '$lib/content/citation';
import { datedText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { editionHref } from '$lib/site/edition-href';
import { weakNote } from './weak-words';

export interface SourceLink {
	id: string;
	label: string;
	href: string;
	/** A report on another site, linked with rel="external noreferrer". */
	external: boolean;
	/** ", 13 Oct 2025" */
	after: string;
	/** " (⚠ single source)" */
	weak: string;
}

/** In the page's edition, or the one given (a diagram's since view, made at build time for each edition). */
export const sourceLinks = (citations: Citation[], locale: Locale = getLocale()): SourceLink[] =>
	citations.map((c) => ({
		id: c.id,
		label: c.label,
		href: c.url ?? editionHref(`${resolve('/sources')}#${c.id}`, locale),
		external: c.url !== undefined,
		after: c.date ? `, ${datedText({ date: c.date, end: c.end, dateApproximate: c.dateApproximate }, locale)}` : '',
		weak: weakNote(c.weak, locale)
	}));

/** "Sources" before a list, "Source" before one, unless the caller names them otherwise. */
export const sourcesLabel = (citations: Citation[], label?: string, locale?: Locale) =>
	label ?? (citations.length === 1 ? m.site_source_label({}, { locale }) : m.site_sources_label({}, { locale }));
