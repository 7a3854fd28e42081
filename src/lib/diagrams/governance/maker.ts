// The governance chart made ready at build time: its boxes and arrows, its table,
// and each phase's description and markers.
import type { Content } from '$lib/content/types';
import { directionOf } from '$lib/editions/direction';
import type { Locale } from '$lib/paraglide/runtime';
import type { DiagramFormat } from '../format';
import type { DiagramMaker } from '../makers';
import { placeNear, type NearWish } from '../markers';
import { lineBoxes, textBox } from '../text';
import { describeGovernance, relationRows } from './describe';
import { nodeFor } from './highlight';
import { layoutGovernance } from './layout';
import { makeGovernanceSince } from './since';

/**
 * A marker's radius and the room it keeps from other boxes, text and markers (a focused box's thick border); how much
 * higher it sits on a left corner, and how far in from the drawing's sides. On the stage its number is 24 units.
 */
const MARKERS = {
	page: { r: 12, pad: 5, lift: 5, edge: 2 },
	stage: { r: 20, pad: 8, lift: 8, edge: 2 }
} as const;

export function makeGovernance(
	content: Content,
	format: DiagramFormat = 'page',
	locale: Locale = 'en'
): DiagramMaker<'governance'> {
	const names = Object.fromEntries(content.actors.map((a) => [a.id, a.name]));
	const layout = layoutGovernance(
		{ chart: content.governanceChart, relations: content.relations, names, locale },
		format
	);
	const { r, pad, lift, edge } = MARKERS[format];
	// A marker may sit on the border of its own box, but on no other box and on no text.
	const obstacles = [
		...layout.nodes.flatMap((n) => [n.box, textBox(n.name), ...(n.detail ? lineBoxes(n.detail) : [])]),
		...layout.edges.flatMap((e) => (e.label ? lineBoxes(e.label) : [])),
		textBox(layout.tier.caption)
	];
	return {
		kind: 'governance',
		direction: directionOf(locale),
		since: makeGovernanceSince(content, locale),
		layout,
		table: relationRows(content.relations, content.actorById, locale),
		describe: ({ focus }) => describeGovernance(content.relations, content.actorById, focus, locale),
		// On a top corner of the box a quote speaks about (the layout says which first); a second note takes the other
		// corner, any more step inwards. Where that spot touches something else, the nearest free spot.
		placeMarkers: (notes) => {
			const count = new Map<string, number>();
			const wishes = notes.flatMap(({ n, anchor }): NearWish[] => {
				const node = nodeFor(anchor, layout.nodes);
				if (!node) return [];
				const k = count.get(node.id) ?? 0;
				count.set(node.id, k + 1);
				const inward = Math.floor(k / 2) * (2 * r + 3);
				const corner = k % 2 === 0 ? node.markerCorner : node.markerCorner === 'left' ? 'right' : 'left';
				// A left corner sits a little higher: on the short boxes that use it, the name starts close below the top.
				const near =
					corner === 'left'
						? { x: node.box.x + inward, y: node.box.y - lift }
						: { x: node.box.x + node.box.width - inward, y: node.box.y };
				return [{ n, near, own: node.box }];
			});
			return placeNear(wishes, {
				r,
				pad,
				frame: { x: edge, y: 0, width: layout.width - 2 * edge, height: layout.height },
				obstacles,
				step: 1
			});
		}
	};
}
