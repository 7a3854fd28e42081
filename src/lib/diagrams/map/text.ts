// Text measuring, wrapping and boxes for the map's labels (an estimate: 0.55 × font size per character).
export interface Point {
	x: number;
	y: number;
}
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
export type Anchor = 'start' | 'middle' | 'end';

/** A label of one or more lines; `y` is the first line's baseline. */
export interface TextBlock {
	lines: string[];
	x: number;
	y: number;
	size: number;
	anchor: Anchor;
	box: Box;
}

export const LINE_HEIGHT = 1.2;

export const textWidth = (text: string, size: number) => text.length * 0.55 * size;

/** Greedy word wrap to a width; a word longer than the width gets a line of its own. */
export function wrap(text: string, maxWidth: number, size: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines[lines.length - 1];
		if (last !== undefined && textWidth(`${last} ${word}`, size) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

export function textBlock(lines: string[], x: number, y: number, size: number, anchor: Anchor = 'start'): TextBlock {
	const width = Math.max(0, ...lines.map((l) => textWidth(l, size)));
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	const box = { x: left, y: y - 0.8 * size, width, height: size * (0.8 + 0.25) + (lines.length - 1) * size * LINE_HEIGHT };
	return { lines, x, y, size, anchor, box };
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
	return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

/** The box of a circle, for collision checks. */
export const circleBox = (c: Point, r: number): Box => ({ x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r });

/** A thin box around a straight segment (for horizontal or vertical leader lines). */
export const segmentBox = (a: Point, b: Point): Box => ({
	x: Math.min(a.x, b.x),
	y: Math.min(a.y, b.y) - 1,
	width: Math.abs(a.x - b.x),
	height: Math.abs(a.y - b.y) + 2
});
