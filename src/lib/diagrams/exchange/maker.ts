// The exchange made ready at build time: the squares to scale, its table, and each phase's description and markers.
import type { Content } from '$lib/content/types';
import type { Point } from '../geometry';
import type { DiagramFormat } from '../format';
import type { DiagramMaker } from '../makers';
import { stackInGutter } from '../markers';
import { describeExchange, exchangeCounts, exchangeTable } from './describe';
import { GUTTER, layoutExchange } from './layout';
import { makeExchangeSince } from './since';

export function makeExchange(content: Content, _format: DiagramFormat = 'page'): DiagramMaker<'exchange'> {
	const layout = layoutExchange(exchangeCounts(content.figureById));
	const anchors = new Map<string, Point>(layout.blocks.map((b) => [b.id, b.anchor]));
	return {
		kind: 'exchange',
		since: makeExchangeSince(content),
		layout,
		table: exchangeTable(content.figureById, content.sourceById),
		describe: ({ step }) => describeExchange(content.figureById, step),
		// Level with the block a quote speaks about, in the gutter between the caption and the foot of the drawing.
		placeMarkers: (notes) =>
			stackInGutter(
				notes.flatMap(({ n, anchor }) => {
					const target = anchors.get(anchor);
					return target ? [{ n, y: target.y, target }] : [];
				}),
				{ ...GUTTER, top: layout.captionBottom, bottom: layout.height }
			)
	};
}
