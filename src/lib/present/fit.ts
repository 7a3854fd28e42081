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
