// The sequence made ready at build time: the flow of the phases, its table, and each phase's description and markers.
import type { Content } from '$lib/content/types';
import type { DiagramFormat } from '../format';
import type { DiagramMaker } from '../makers';
import { stackInGutter } from '../markers';
import { describeSequence, sequenceRows } from './describe';
import { orderDisputes } from './disputes';
import { GUTTER, layoutSequence, LEADER_X } from './layout';
import { makeSequenceSince } from './since';

export function makeSequence(content: Content, _format: DiagramFormat = 'page'): DiagramMaker<'sequence'> {
	const disputes = orderDisputes(content);
	const layout = layoutSequence(content.phases, disputes);
	const boxes = new Map(layout.boxes.map((b) => [b.id, b]));
	return {
		kind: 'sequence',
		since: makeSequenceSince(content),
		layout,
		table: sequenceRows(content.phases),
		describe: (_, phaseId) => describeSequence(content.phases, phaseId, disputes),
		// Level with the number circle of the phase a quote speaks about; the leader ends on that box's right edge.
		placeMarkers: (notes) =>
			stackInGutter(
				notes.flatMap(({ n, anchor }) => {
					const b = boxes.get(anchor);
					if (!b) return [];
					return [{ n, y: b.circle.cy, target: { x: LEADER_X, y: b.box.y + 6, y2: b.box.y + b.box.height - 6 } }];
				}),
				GUTTER
			)
	};
}
