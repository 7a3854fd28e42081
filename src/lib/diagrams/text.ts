// Text measured by estimate and wrapped into lines, so every diagram can lay out its labels
// before the browser draws them.
import type { Rect } from './geometry';

/** About 0.55 × the font size per character of Latin text; bold text runs wider, about 0.6. */
export const CHAR_WIDTH = 0.55;
export const BOLD_CHAR_WIDTH = 0.6;

/**
 * Arabic and Hebrew letters, measured in Chromium with DejaVu Sans (what the build machine draws with) and with Noto
 * Sans Arabic and Hebrew, on every label of their editions: Arabic averages 0.45 (bold 0.54) of the size per
 * character, Hebrew 0.49 (bold 0.54); Noto runs narrower. The estimate keeps about 15% over DejaVu, as the Latin one
 * does over its own average, for readers whose systems draw with wider fonts (docs/editions-diagrams.md).
 */
export const ARABIC_CHAR_WIDTH = 0.52;
export const ARABIC_BOLD_CHAR_WIDTH = 0.62;
export const HEBREW_CHAR_WIDTH = 0.55;
export const HEBREW_BOLD_CHAR_WIDTH = 0.6;

// Vowel marks and other combining marks sit on the letter before them, and the marks that set the direction of a
// run take no room at all.
const NO_WIDTH = /[\p{M}\u200b-\u200f\u2066-\u2069\u061c]/u;
const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;

function charWidth(char: string, bold: boolean): number {
	if (NO_WIDTH.test(char)) return 0;
	if (ARABIC.test(char)) return bold ? ARABIC_BOLD_CHAR_WIDTH : ARABIC_CHAR_WIDTH;
	if (HEBREW.test(char)) return bold ? HEBREW_BOLD_CHAR_WIDTH : HEBREW_CHAR_WIDTH;
	return bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH;
}

/** The width a line of text takes, by the script of each of its characters: every diagram lays out with it. */
export function textWidth(text: string, size: number, bold = false): number {
	let width = 0;
	for (const char of text) width += charWidth(char, bold);
	return width * size;
}

/** Greedy word wrap to a width; a word longer than the width keeps a line of its own. A no-break space (U+00A0) joins
 * words that must stay on one line, such as the parts of a date. */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[^\S\u00a0]+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** Lines of text placed in the drawing: `y` is the first baseline. */
export interface TextBlock {
	x: number;
	y: number;
	lines: string[];
	size: number;
	lineHeight: number;
	anchor: 'start' | 'middle' | 'end';
	bold?: boolean;
}

/** The box a text block covers, from the top of its first line to the bottom of its last. */
export function textBox(t: TextBlock): Rect {
	const width = Math.max(0, ...t.lines.map((l) => textWidth(l, t.size, t.bold)));
	const x = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
	const top = t.y - t.size * 0.8;
	return { x, y: top, width, height: (t.lines.length - 1) * t.lineHeight + t.size };
}

/** One box per line of a text block: finer than textBox where a short last line leaves room beside it. */
export function lineBoxes(t: TextBlock): Rect[] {
	return t.lines.map((line, i) => textBox({ ...t, y: t.y + i * t.lineHeight, lines: [line] }));
}
