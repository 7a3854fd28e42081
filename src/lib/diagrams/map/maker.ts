// The map made ready at build time: its geometry, the table of its stages, what happened since, and each phase's
// description and markers.
import type { Content } from '$lib/content/types';
import { directionOf } from '$lib/editions/direction';
import type { Locale } from '$lib/paraglide/runtime';
import type { DiagramFormat } from '../format';
import type { DiagramMaker } from '../makers';
import { placeNear, type NearWish } from '../markers';
import { describeMap, stageRows } from './describe';
import { layoutMap } from './layout';
import { makeMapSince } from './since';
import { sideX } from './sides';

/**
 * A quote marker's radius, its room from labels and other markers, the spacing of the spots tried, and how far it
 * stays from what it points at, so that its leader shows. The stage's radius gives its number STAGE.minText.
 */
const MARKERS: Record<DiagramFormat, { r: number; pad: number; step: number; minDistance: number }> = {
	page: { r: 13, pad: 4, step: 4, minDistance: 24 },
	stage: { r: 20, pad: 10, step: 6, minDistance: 40 }
};

export function makeMap(content: Content, format: DiagramFormat = 'page', locale: Locale = 'en'): DiagramMaker<'map'> {
	const { layout, obstacles, projection } = layoutMap(content, format, locale);
	const { sides } = obstacles;
	const { r, pad, step, minDistance } = MARKERS[format];
	// The since view is drawn on the page's map only (the deck's slides show the plan).
	const since = format === 'page' ? { layout, projection } : layoutMap(content, 'page', locale);
	// The search tries thousands of spots on a few hundred heights: where the Strip's sides cross each height is worked
	// out once.
	const crossings = new Map<number, [number | null, number | null]>();
	const sidesAt = (y: number) => {
		let found = crossings.get(y);
		if (!found) crossings.set(y, (found = [sideX(sides.west, y, 'west'), sideX(sides.east, y, 'east')]));
		return found;
	};
	const offStrip = (p: { x: number; y: number }) =>
		[p.y - r - pad, p.y, p.y + r + pad].every((y) => {
			const [w, e] = sidesAt(y);
			return w === null || e === null || p.x + r + pad <= w || p.x - r - pad >= e;
		});
	return {
		kind: 'map',
		direction: directionOf(locale),
		layout,
		table: stageRows(layout.stages),
		since: makeMapSince(content, since.layout, since.projection, locale),
		describe: ({ stage }) => describeMap(layout.stages, stage, content.places, locale),
		// Near the line or town a quote speaks about, with a leader to it: off the Strip, clear of the labels (the
		// stage's own label too) and of each other.
		placeMarkers: (notes, { stage }) => {
			const stageLabel = layout.marks.find((m) => m.id === stage)?.label.box;
			const drawsLine = (id: string) => layout.stages.some((s) => s.id === id && s.hasLine);
			const wishes = notes.flatMap(({ n, anchor }): NearWish[] => {
				const target =
					layout.marks.find((m) => m.id === anchor && drawsLine(m.id))?.target ??
					layout.places.find((p) => p.id === anchor)?.dot;
				return target ? [{ n, near: target, target }] : [];
			});
			return placeNear(wishes, {
				r,
				pad,
				// Inside the map panel, clear of its edges.
				frame: { x: pad, y: pad, width: layout.mapWidth - 2 * pad, height: layout.mapHeight - 2 * pad },
				obstacles: [...obstacles.taken, ...(stageLabel ? [stageLabel] : [])],
				step,
				minDistance,
				allowed: offStrip
			});
		}
	};
}
