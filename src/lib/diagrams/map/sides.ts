// Where a side of the Strip crosses a latitude (in lon/lat) or a height (in SVG units):
// plain arithmetic, used by the layout and in the browser.
import type { LonLat } from './held-area';
import type { Point } from '../geometry';

/** Tolerance for comparing degrees. */
export const EPS = 1e-9;

/** Where a side crosses a latitude; `pick` chooses between several crossings (a side may run along a parallel). */
export function lonAt(side: LonLat[], lat: number, pick: 'east' | 'west'): number {
	const found: number[] = [];
	for (let i = 0; i < side.length - 1; i++) {
		const [a, b] = [side[i], side[i + 1]];
		const [lo, hi] = a[1] < b[1] ? [a, b] : [b, a];
		if (lat < lo[1] - EPS || lat > hi[1] + EPS) continue;
		found.push(
			hi[1] - lo[1] < EPS
				? pick === 'east'
					? Math.max(a[0], b[0])
					: Math.min(a[0], b[0])
				: lo[0] + ((lat - lo[1]) / (hi[1] - lo[1])) * (hi[0] - lo[0])
		);
	}
	if (!found.length) throw new Error(`latitude ${lat} is outside the side`);
	return pick === 'east' ? Math.max(...found) : Math.min(...found);
}

/** x of a side of the Strip at an SVG height (the sides are monotone in y). */
export function sideX(side: Point[], y: number, pick: 'east' | 'west'): number | null {
	const ys = side.map((p) => p.y);
	if (y < Math.min(...ys) || y > Math.max(...ys)) return null;
	return lonAt(
		side.map((p) => [p.x, p.y] as LonLat),
		y,
		pick
	);
}
