// Wraps text into as few lines as a width allows, but of even lengths: no lone word left on a last line of its own,
// as a slide's titles and notes want (CSS's text-wrap: balance, worked out ahead for an SVG drawing).
import { wrapText } from './text';

/** The same number of lines as wrapText at `maxWidth`, at the narrowest width (to a unit) that keeps that number. */
export function wrapBalanced(text: string, maxWidth: number, size: number, bold = false): string[] {
	const lines = wrapText(text, maxWidth, size, bold);
	if (lines.length < 2) return lines;
	// Greedy wrapping never needs more lines at a wider width, so the narrowest width that fits is found by halving.
	let [narrow, wide] = [0, Math.floor(maxWidth)];
	while (wide - narrow > 1) {
		const middle = Math.floor((narrow + wide) / 2);
		if (wrapText(text, middle, size, bold).length > lines.length) narrow = middle;
		else wide = middle;
	}
	return wrapText(text, wide, size, bold);
}
