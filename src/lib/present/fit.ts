// Estimates how tall a phase slide's text column runs at 1920×1080, so the deck picks only the quotes that fit.
// The numbers mirror PhaseSlide.svelte and SlideQuote.svelte: change them together.
// The browser tests measure the result.

/** Height of the text column: 1080 minus the slide's top (56) and bottom (76) padding, less 112 px kept at its foot
 *  for the diagram's caveat (up to three lines at 26 px). PhaseSlide drops a second quote that overflows
 *  all the same. */
export const COLUMN_HEIGHT = 948 - 112;

/** Characters a line holds at each size in the 1032 px column (system sans / serif, average glyph widths). */
const TITLE_CHARS = 30; // 56 px bold
const POINT_CHARS = 46; // 38 px, after the 80 px number badge
const QUOTE_CHARS = 65; // 36 px serif (Times-width; wider fonts may lose the second quote in PhaseSlide)

const KICKER = 46;
const TITLE_LINE = 62;
const TITLE_MARGIN = 24;
const POINTS_HEADING = 48;
const POINT_LINE = 48;
const POINT_GAP = 10;
const POINTS_MARGIN = 34;
const QUOTE_LINE = 47;
const QUOTE_CAPTION = 44;
const QUOTE_PADDING = 24;
const QUOTE_GAP = 28;

/** Lines a text wraps to at `chars` characters a line, breaking between words. */
export function wrappedLines(text: string, chars: number): number {
	let lines = 1;
	let used = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const need = used === 0 ? word.length : used + 1 + word.length;
		if (need <= chars || used === 0) used = need;
		else {
			lines += 1;
			used = word.length;
		}
	}
	return lines;
}

export function headerHeight(title: string): number {
	return KICKER + wrappedLines(title, TITLE_CHARS) * TITLE_LINE + TITLE_MARGIN + POINTS_HEADING;
}

export function pointsHeight(titles: string[]): number {
	const lines = titles.reduce((sum, t) => sum + wrappedLines(t, POINT_CHARS), 0);
	return lines * POINT_LINE + Math.max(0, titles.length - 1) * POINT_GAP + POINTS_MARGIN;
}

/** One quote's height, with the gap before it when it is not the first. */
export function quoteHeight(text: string, first: boolean): number {
	// The quote marks add two characters.
	return wrappedLines(`“${text}”`, QUOTE_CHARS) * QUOTE_LINE + QUOTE_CAPTION + QUOTE_PADDING + (first ? 0 : QUOTE_GAP);
}

/** The "since the talks" slide (SinceSlide.svelte): title, a row with both statuses, then two columns, the note
 *  (680 px) and the key events (992 px). */
const SINCE_HEADLINE_CHARS = 52; // 56 px bold across the slide's 1744 px
const SINCE_STATUS_ROW = 100 + 32;
const SINCE_NOTE_CHARS = 40; // 36 px serif
const SINCE_NOTE_LINE = 48;
const SINCE_CAVEAT_CHARS = 42; // 28 px
const SINCE_CAVEAT_LINE = 36;
const SINCE_CAVEAT_GAP = 20;
const SINCE_TITLE_CHARS = 44; // 36 px bold, the date before it at 28 px
const SINCE_SOURCE_CHARS = 62; // 28 px
const SINCE_HEADING = 50;
const SINCE_EVENT_LINE = 46;
const SINCE_SOURCE_LINE = 36;
const SINCE_EVENT_GAP = 18;
const SINCE_MORE = 18 + 36;

/** What the two columns have under the title and the statuses: the slide's 948 px less those. */
export const sinceColumnHeight = (title: string) =>
	948 - (KICKER + wrappedLines(title, SINCE_HEADLINE_CHARS) * TITLE_LINE + TITLE_MARGIN) - SINCE_STATUS_ROW;

/** The note column's height: the status now in our words, and its caveat. */
export function sinceReadingHeight(note: string, caveat?: string): number {
	const caveatHeight = caveat
		? SINCE_CAVEAT_GAP + wrappedLines(`⚠ ${caveat}`, SINCE_CAVEAT_CHARS) * SINCE_CAVEAT_LINE
		: 0;
	return wrappedLines(note, SINCE_NOTE_CHARS) * SINCE_NOTE_LINE + caveatHeight;
}

/** One event's height in the events column, with the gap before it when it is not the first. */
export function sinceEventHeight(event: { when: string; title: string; source: string }, first: boolean): number {
	// The date runs at 28 px before the 36 px title: in title characters, about 0.8 of its own.
	const titleLine = `${'x'.repeat(Math.ceil(event.when.length * 0.8))} ${event.title}`;
	return (
		wrappedLines(titleLine, SINCE_TITLE_CHARS) * SINCE_EVENT_LINE +
		wrappedLines(event.source, SINCE_SOURCE_CHARS) * SINCE_SOURCE_LINE +
		(first ? 0 : SINCE_EVENT_GAP)
	);
}

/** What the events column has for its list: the column less its heading and a "more" line. */
export const sinceEventsRoom = (title: string) => sinceColumnHeight(title) - SINCE_HEADING - SINCE_MORE;
