// The sequence made ready at build time: the flow of the phases, its table, and each phase's description and markers.
import { groups } from 'd3';
import type { Content } from '$lib/content/types';
import { directionOf } from '$lib/editions/direction';
import type { Locale } from '$lib/paraglide/runtime';
import type { DiagramFormat } from '../format';
import type { DiagramMaker } from '../makers';
import { stackInGutter } from '../markers';
import { describeSequence, sequenceRows } from './describe';
import { orderDisputes } from './disputes';
import { layoutSequence, markerGutter } from './layout';
import { makeSequenceSince } from './since';

export function makeSequence(
	content: Content,
	format: DiagramFormat = 'page',
	locale: Locale = 'en'
): DiagramMaker<'sequence'> {
	const disputes = orderDisputes(content);
	const layout = layoutSequence(content.phases, disputes, format, locale);
	const boxes = new Map(layout.boxes.map((b) => [b.id, b]));
	return {
		kind: 'sequence',
		direction: directionOf(locale),
		since: makeSequenceSince(content, locale),
		layout,
		table: sequenceRows(content.phases, locale),
		describe: (_, phaseId) => describeSequence(content.phases, phaseId, disputes, locale),
		// Level with the number circle of the phase a quote speaks about, in the gutter right of its column; the leader
		// ends on that box's right edge.
		placeMarkers: (notes) => {
			const wanted = notes.flatMap(({ n, anchor }) => {
				const b = boxes.get(anchor);
				return b ? [{ n, box: b, ...markerGutter(layout, b, format) }] : [];
			});
			// Column by column, left first: each gutter stacks its own markers, top to bottom.
			const columns = groups(wanted, (w) => w.gutter.x).sort(([a], [b]) => a - b);
			return columns.flatMap(([, column]) =>
				stackInGutter(
					column.map(({ n, box, target }) => ({ n, y: box.circle.cy, target })),
					column[0].gutter
				)
			);
		}
	};
}
