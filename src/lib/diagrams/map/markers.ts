// The map's quote markers for each phase: each placed near its target on the map, off the Strip and clear of labels.
import type { Phase } from '$lib/content/types';
import { numberedAnchors } from '../annotations';
import type { MapBase } from './layout';
import { sideX } from './sides';
import type { Stage } from './stages';
import { overlaps } from '../text';
import { circleBox, type Point } from './text';

export const MARKER_R = 13;

export interface MarkerPlacement {
	n: number;
	anchor: string;
	x: number;
	y: number;
	target: Point;
}

/**
 * Numbered markers for the quotes anchored on the map: each as near its target (a stage's line or a town) as it can be
 * while off the Strip and clear of labels and other markers. Notes whose anchor the map does not show are left out.
 */
export function placeMarkers(base: MapBase, stage: Stage, notes: { n: number; anchor: string }[]): MarkerPlacement[] {
	const stageLabelBox = base.marks.find((m) => m.id === stage)?.label.box;
	const taken = [...base.taken, ...(stageLabelBox ? [stageLabelBox] : [])];
	const placed: MarkerPlacement[] = [];
	const pad = 4;
	// The search below tries thousands of points on a few hundred heights: where the Strip's sides cross each height is
	// worked out once.
	const crossings = new Map<number, [number | null, number | null]>();
	const sidesAt = (y: number) => {
		let found = crossings.get(y);
		if (!found) crossings.set(y, (found = [sideX(base.sides.west, y, 'west'), sideX(base.sides.east, y, 'east')]));
		return found;
	};
	const offStrip = (p: Point) =>
		[p.y - MARKER_R - pad, p.y, p.y + MARKER_R + pad].every((y) => {
			const [w, e] = sidesAt(y);
			return w === null || e === null || p.x + MARKER_R + pad <= w || p.x - MARKER_R - pad >= e;
		});
	for (const note of notes) {
		const target =
			base.marks.find((m) => m.id === note.anchor && base.stages.some((s) => s.id === m.id && s.hasLine))?.target ??
			base.places.find((p) => p.id === note.anchor)?.dot;
		if (!target) continue;
		let best: Point | null = null;
		let bestDistance = Infinity;
		for (let y = MARKER_R + pad; y <= base.mapHeight - MARKER_R - pad; y += 4) {
			for (let x = MARKER_R + pad; x <= base.width - MARKER_R - pad; x += 4) {
				const d = Math.hypot(x - target.x, y - target.y);
				if (d >= bestDistance || d < 24) continue;
				const box = circleBox({ x, y }, MARKER_R);
				if (!offStrip({ x, y })) continue;
				if (taken.some((t) => overlaps(t, box, pad)) || placed.some((m) => overlaps(circleBox(m, MARKER_R), box, pad)))
					continue;
				best = { x, y };
				bestDistance = d;
			}
		}
		if (best) placed.push({ n: note.n, anchor: note.anchor, ...best, target });
	}
	return placed;
}

/**
 * The markers of every phase that shows the map, placed at build time: in the browser the search was more than half of
 * the map's start-up on a slow phone. Numbered as the phase's notes are.
 */
export function markersByPhase(base: MapBase, phases: Phase[]): Record<string, MarkerPlacement[]> {
	return Object.fromEntries(
		phases.flatMap((p) =>
			p.diagrams.flatMap((d) =>
				d.kind === 'map' ? [[p.id, placeMarkers(base, d.stage, numberedAnchors(d.annotations))]] : []
			)
		)
	);
}
