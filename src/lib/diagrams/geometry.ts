// Points and boxes in a drawing's units, and the one rounding every layout applies where it produces a coordinate.

export interface Point {
	x: number;
	y: number;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * A coordinate to a tenth of a unit: finer than a pixel at any width the drawings are shown, and a short number in the
 * page's data. Layouts apply it where they work a coordinate out, so that numbers the content states stay as they are.
 */
export const tenth = (n: number): number => Math.round(n * 10) / 10 + 0; // + 0 turns -0 into 0

export const point = (x: number, y: number): Point => ({ x: tenth(x), y: tenth(y) });

export const rect = (x: number, y: number, width: number, height: number): Rect => ({
	x: tenth(x),
	y: tenth(y),
	width: tenth(width),
	height: tenth(height)
});

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

/** The box of a circle, for collision checks. */
export const circleBox = (c: Point, r: number): Rect => ({ x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r });
