// What every diagram's "since" view carries beside its drawing, made at build time: what it shows in words, as of
// when, and, as markup, its doubts and sources (shown under the drawing) and its table (in the text alternative).
import { citationOf, type Citation } from '$lib/content/citation';
import type { Content, TimelineEvent } from '$lib/content/types';
import { datedText, partialDateText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { gatheredUpToText } from '$lib/since/as-of';

/** One fact of the since view in words, with the sources it rests on. */
export interface SinceRow {
	/** The row's cells, the first of which names it. */
	cells: string[];
	citations: Citation[];
}

/** The since view in words, as each kind's maker tells it: turned into markup once (since-markup.ts). */
export interface SinceText {
	/** What the since view shows, in a sentence or two: the start of its text alternative. */
	description: string;
	/** "reporting gathered up to 1 July 2026" */
	asOf: string;
	/** The column headings of the rows' cells (the sources follow in a column of their own). */
	columns: string[];
	rows: SinceRow[];
	/** ⚠ Where the reporting disagrees or is thin, in words. */
	caveats: string[];
}

/**
 * What the frame of every diagram shows of its since view. Its doubts, sources and table never change in the browser,
 * so they travel once, as markup made at build time, not as data and the code to draw it.
 */
export interface SinceFacts {
	description: string;
	asOf: string;
	/** Under the since drawing: the doubts (⚠) and each row's sources, linked. */
	notesHtml: string;
	/** In the text alternative: the rows as a table, each with its sources. */
	tableHtml: string;
}

/** A date or period as short as it reads: "16–20 Jan 2026", "28 Feb – 19 Mar 2026", "Oct 2025 – Jan 2026". */
export function whenText(
	item: { date: string; end?: string; dateApproximate?: boolean },
	locale: Locale = getLocale()
): string {
	const [start, end] = [item.date, item.end].map((d) => d && partialDateText(d, locale).split(' '));
	if (!end || !start || start.length !== 3 || end.length !== 3 || start[2] !== end[2]) return datedText(item, locale);
	const from = start[1] === end[1] ? start[0] : `${start[0]} ${start[1]}`;
	const text = `${from}${start[1] === end[1] ? '–' : ' – '}${end.join(' ')}`;
	return item.dateApproximate ? m.site_format_about({ date: text }, { locale }) : text;
}

/**
 * Reads the content's events and sources for a since view, its dates in the edition's words: each source's citation is
 * made once and shared.
 */
export function sinceReader(content: Content, locale: Locale = getLocale()) {
	const cited = new Map<string, Citation>();
	const citation = (id: string): Citation[] => {
		const found = cited.get(id) ?? citationOf(id, content);
		if (found) cited.set(id, found);
		return found ? [found] : [];
	};
	const event = (id: string): TimelineEvent => {
		const found = content.eventById[id];
		if (!found) throw new Error(`A diagram's since view needs event "${id}" in data/events.json`);
		return found;
	};
	return {
		asOf: gatheredUpToText(content.reporting, locale),
		event,
		/** "13 Oct 2025", "16–20 Jan 2026" as the reporting dates it. */
		when: (id: string) => whenText(event(id), locale),
		/** The sources of these events or report ids, each once, in the order first named. */
		citations(ids: { events?: string[]; sources?: string[] }): Citation[] {
			const sources = [...(ids.events ?? []).flatMap((id) => event(id).sources), ...(ids.sources ?? [])];
			return [...new Set(sources)].flatMap(citation);
		},
		/** The ⚠ caveats of these events, each once. */
		caveats: (ids: string[]) => [...new Set(ids.flatMap((id) => event(id).caveat ?? []))]
	};
}
export type SinceReader = ReturnType<typeof sinceReader>;
