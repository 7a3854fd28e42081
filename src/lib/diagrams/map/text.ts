// Label boxes for the map: blocks of wrapped text, and the boxes of leader lines, for collision checks.
import { rect, tenth, type Point, type Rect } from '../geometry';
import { textWidth } from '../text';

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

/** A block as the browser draws it: without the box, which only the layout's collision checks use. */
export type Label = Omit<TextBlock, 'box'>;

export const labelOf = ({ box: _, ...label }: TextBlock): Label => label;

export const LINE_HEIGHT = 1.2;

/** `bold`: measured at the wider estimate of bold text, where a layout draws it bold and wants its true width. */
export function textBlock(
	lines: string[],
	x: number,
	y: number,
	size: number,
	anchor: Anchor = 'start',
	bold = false
): TextBlock {
	const width = Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	const box = rect(left, y - 0.8 * size, width, size * (0.8 + 0.25) + (lines.length - 1) * size * LINE_HEIGHT);
	return { lines, x: tenth(x), y: tenth(y), size, anchor, box };
}

/** A thin box around a straight segment (for horizontal or vertical leader lines). */
export const segmentBox = (a: Point, b: Point): Box => ({
	x: Math.min(a.x, b.x),
	y: Math.min(a.y, b.y) - 1,
	width: Math.abs(a.x - b.x),
	height: Math.abs(a.y - b.y) + 2
});
