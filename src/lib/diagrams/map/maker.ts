// The map made ready at build time: its geometry, the table of its stages, what happened since, and each phase's
// description and markers.
import type { Content } from '$lib/content/types';
import type { DiagramFormat } from '../format';
import type { DiagramMaker } from '../makers';
import { placeNear, type NearWish } from '../markers';
import { describeMap, stageRows } from './describe';
import { layoutMap } from './layout';
import { makeMapSince } from './since';
import { sideX } from './sides';

const MARKER_R = 13;
const PAD = 4;

export function makeMap(content: Content, _format: DiagramFormat = 'page'): DiagramMaker<'map'> {
	const { layout, obstacles, projection } = layoutMap(content);
	const { sides } = obstacles;
	// The search tries thousands of spots on a few hundred heights: where the Strip's sides cross each height is worked
	// out once.
	const crossings = new Map<number, [number | null, number | null]>();
	const sidesAt = (y: number) => {
		let found = crossings.get(y);
		if (!found) crossings.set(y, (found = [sideX(sides.west, y, 'west'), sideX(sides.east, y, 'east')]));
		return found;
	};
	const offStrip = (p: { x: number; y: number }) =>
		[p.y - MARKER_R - PAD, p.y, p.y + MARKER_R + PAD].every((y) => {
			const [w, e] = sidesAt(y);
			return w === null || e === null || p.x + MARKER_R + PAD <= w || p.x - MARKER_R - PAD >= e;
		});
	return {
		kind: 'map',
		layout,
		table: stageRows(layout.stages),
		since: makeMapSince(content, layout, projection),
		describe: ({ stage }) => describeMap(layout.stages, stage, content.places),
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
				r: MARKER_R,
				pad: PAD,
				// Inside the map panel, clear of its edges.
				frame: { x: PAD, y: PAD, width: layout.width - 2 * PAD, height: layout.mapHeight - 2 * PAD },
				obstacles: [...obstacles.taken, ...(stageLabel ? [stageLabel] : [])],
				step: 4,
				minDistance: 24,
				allowed: offStrip
			});
		}
	};
}
