// Text measured by estimate and wrapped into lines, so every diagram can lay out its labels before the browser draws them.

/** About 0.55 × the font size per character, the estimate every diagram uses; bold text runs wider, about 0.6. */
export const CHAR_WIDTH = 0.55;
export const BOLD_CHAR_WIDTH = 0.6;

export const textWidth = (text: string, size: number, bold = false) =>
	text.length * size * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH);

/** Greedy word wrap to a width; a word longer than the width keeps a line of its own. */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
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

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
	return (
		a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
	);
}

export function inside(inner: Rect, outer: Rect): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height
	);
}

/** One box per line of a text block: finer than textBox where a short last line leaves room beside it. */
export function lineBoxes(t: TextBlock): Rect[] {
	return t.lines.map((line, i) => textBox({ ...t, y: t.y + i * t.lineHeight, lines: [line] }));
}
