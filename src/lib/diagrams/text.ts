// Text measured by estimate and wrapped into lines, so every diagram can lay out its labels
// before the browser draws them.
import type { Rect } from './geometry';

/** About 0.55 × the font size per character, the estimate every diagram uses; bold text runs wider, about 0.6. */
export const CHAR_WIDTH = 0.55;
export const BOLD_CHAR_WIDTH = 0.6;

export const textWidth = (text: string, size: number, bold = false) =>
	text.length * size * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH);

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
