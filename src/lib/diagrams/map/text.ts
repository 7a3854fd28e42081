// Label boxes for the map: blocks of wrapped text, and the boxes of dots and leader lines, for collision checks.
import { textWidth, type Rect } from '../text';

export interface Point {
	x: number;
	y: number;
}
export type Box = Rect;
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

export function textBlock(lines: string[], x: number, y: number, size: number, anchor: Anchor = 'start'): TextBlock {
	const width = Math.max(0, ...lines.map((l) => textWidth(l, size)));
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	const box = {
		x: left,
		y: y - 0.8 * size,
		width,
		height: size * (0.8 + 0.25) + (lines.length - 1) * size * LINE_HEIGHT
	};
	return { lines, x, y, size, anchor, box };
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
