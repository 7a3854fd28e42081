// Places the numbered quote markers of every diagram, once, at build time: stacked in a gutter beside the drawing, or
// on the free spot nearest what the quote speaks about. Each diagram only says where its anchors are.
import { circleBox, overlaps, point, tenth, type Point, type Rect } from './geometry';

/** A quote's numbered marker: where it sits, its radius, and the point its leader line runs to, if it has one. */
export interface Marker {
	n: number;
	x: number;
	y: number;
	r: number;
	target?: Point;
}

/** A note's number and the element of the drawing it speaks about (a phase, a figure, an actor, a line, a town). */
export interface NoteAnchor {
	n: number;
	anchor: string;
}

/**
 * A marker wanted in a gutter: level with `y` if there is room. Its leader runs to `target`, or, where the target is a
 * vertical span (`y` to `y2`), to the point of the span level with the marker.
 */
export interface GutterWish {
	n: number;
	y: number;
	target: { x: number; y: number; y2?: number };
}

export interface Gutter {
	x: number;
	r: number;
	/** Room between two markers. */
	gap: number;
	/** The gutter's ends; a marker's circle stays between them. Open-ended where left out. */
	top?: number;
	bottom?: number;
}

/**
 * Markers in a column at `gutter.x`, each level with its wish, in order of height (then number); pushed down where the
 * one above is too close, then up from the bottom where they would run out of the gutter.
 */
export function stackInGutter(wishes: GutterWish[], gutter: Gutter): Marker[] {
	const { x, r, gap, top = -Infinity, bottom = Infinity } = gutter;
	const step = 2 * r + gap;
	const stacked = [...wishes].sort((a, b) => a.y - b.y || a.n - b.n).map((w) => ({ ...w }));
	let floor = top + r;
	for (const m of stacked) {
		m.y = Math.max(m.y, floor);
		floor = m.y + step;
	}
	let ceiling = bottom - r;
	for (let i = stacked.length - 1; i >= 0; i--) {
		stacked[i].y = Math.min(stacked[i].y, ceiling);
		ceiling = stacked[i].y - step;
	}
	return stacked.map(({ n, y, target }) => {
		const level = Math.min(Math.max(y, target.y), target.y2 ?? target.y);
		return { n, x: tenth(x), y: tenth(y), r, target: point(target.x, level) };
	});
}

/** A marker wanted as near `near` as there is room; `own` is the box it speaks about, which it may overlap. */
export interface NearWish {
	n: number;
	near: Point;
	/** Where its leader line runs; none is drawn if left out. */
	target?: Point;
	own?: Rect;
}

export interface FreeArea {
	r: number;
	/** The least room between a marker and the obstacles and other markers. */
	pad: number;
	/** A marker stays inside this frame. */
	frame: Rect;
	/** Boxes a marker must not touch: labels, other boxes. */
	obstacles: Rect[];
	/** Spacing of the spots tried. */
	step: number;
	/** A marker stays at least this far from its `near` point (so that a leader line shows). */
	minDistance?: number;
	/** Any other rule a spot must meet, such as staying off the Gaza Strip on the map. */
	allowed?: (p: Point) => boolean;
}

/**
 * Each marker on the free spot nearest its wish: the wish itself where it is free, else the nearest point of a grid
 * over the frame that keeps clear of the obstacles (but for its own box), of the markers placed before it and of the
 * frame's edges. A wish with no free spot gets no marker.
 */
export function placeNear(wishes: NearWish[], area: FreeArea): Marker[] {
	const { r, pad, frame, obstacles, step, minDistance = 0, allowed = () => true } = area;
	const placed: Marker[] = [];
	for (const wish of wishes) {
		const free = (p: Point) => {
			const box = circleBox(p, r);
			return (
				p.x - r >= frame.x &&
				p.y - r >= frame.y &&
				p.x + r <= frame.x + frame.width &&
				p.y + r <= frame.y + frame.height &&
				allowed(p) &&
				!obstacles.some((o) => o !== wish.own && overlaps(o, box, pad)) &&
				!placed.some((m) => overlaps(circleBox(m, m.r), box, pad))
			);
		};
		let best: Point | null = null;
		let bestDistance = minDistance === 0 && free(wish.near) ? 0 : Infinity;
		if (bestDistance === 0) best = wish.near;
		for (let y = frame.y + r; bestDistance > 0 && y <= frame.y + frame.height - r; y += step) {
			for (let x = frame.x + r; x <= frame.x + frame.width - r; x += step) {
				const d = Math.hypot(x - wish.near.x, y - wish.near.y);
				if (d >= bestDistance || d < minDistance || !free({ x, y })) continue;
				best = { x, y };
				bestDistance = d;
			}
		}
		if (best) placed.push({ n: wish.n, ...point(best.x, best.y), r, ...(wish.target ? { target: wish.target } : {}) });
	}
	return placed;
}
