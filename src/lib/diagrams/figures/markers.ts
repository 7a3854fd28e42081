// The quote markers in the figures' right-hand gutter, placed on the precomputed rows for a phase's notes (no d3).
import type { FigureRowLayout } from './layout';

export const MARKER_X = 382;
export const MARKER_R = 13;

export interface PlacedMarker {
	n: number;
	anchor: string;
	x: number;
	y: number;
	target: { x: number; y: number };
}

/** Markers in the right-hand gutter, level with their row's title, pushed apart so that no two overlap. */
export function placeMarkers(
	notes: { n: number; anchor: string }[],
	rows: FigureRowLayout[],
	bottom: number
): PlacedMarker[] {
	const rowOf = (anchor: string) => rows.find((r) => r.figures.includes(anchor));
	const placed = notes
		.filter((note) => rowOf(note.anchor))
		.map((note) => {
			const target = rowOf(note.anchor)!.anchor;
			return { n: note.n, anchor: note.anchor, x: MARKER_X, y: target.y, target };
		})
		.sort((a, b) => a.y - b.y || a.n - b.n);
	const step = 2 * MARKER_R + 4;
	let floor = MARKER_R;
	for (const m of placed) {
		m.y = Math.max(m.y, floor);
		floor = m.y + step;
	}
	let ceiling = bottom - MARKER_R;
	for (let i = placed.length - 1; i >= 0; i--) {
		placed[i].y = Math.min(placed[i].y, ceiling);
		ceiling = placed[i].y - step;
	}
	return placed;
}
