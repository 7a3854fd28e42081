// The exchange made ready at build time: the squares to scale, its table, and each phase's description and markers.
import type { Content } from '$lib/content/types';
import { circleBox, type Point, type Rect } from '../geometry';
import { directionOf } from '$lib/editions/direction';
import type { Locale } from '$lib/paraglide/runtime';
import type { DiagramFormat } from '../format';
import type { DiagramMaker } from '../makers';
import { placeNear, stackInGutter, type Marker, type NoteAnchor } from '../markers';
import { textBox } from '../text';
import { describeExchange, exchangeCounts, exchangeTable } from './describe';
import { FORMATS, GUTTER, layoutExchange, type ExchangeLayout } from './layout';
import { makeExchangeSince } from './since';

export function makeExchange(
	content: Content,
	format: DiagramFormat = 'page',
	locale: Locale = 'en'
): DiagramMaker<'exchange'> {
	const layout = layoutExchange(exchangeCounts(content.figureById), format, locale);
	const anchors = new Map<string, Point>(layout.blocks.map((b) => [b.id, b.anchor]));
	const targets = (notes: NoteAnchor[]) =>
		notes.flatMap(({ n, anchor }) => {
			const target = anchors.get(anchor);
			return target ? [{ n, target }] : [];
		});
	const placements: Record<DiagramFormat, (notes: NoteAnchor[]) => Marker[]> = {
		// Level with the block a quote speaks about, in the gutter between the caption and the foot of the drawing.
		page: (notes) =>
			stackInGutter(
				targets(notes).map(({ n, target }) => ({ n, y: target.y, target })),
				{ ...GUTTER, top: layout.captionBottom, bottom: layout.height }
			),
		// On the stage the flag stands beside the hostages, where a gutter's leaders would cross it.
		stage: (notes) => besideTargets(targets(notes), layout)
	};
	return {
		kind: 'exchange',
		direction: directionOf(locale),
		since: makeExchangeSince(content, locale),
		layout,
		table: exchangeTable(content.figureById, content.sourceById, locale),
		describe: ({ step }) => describeExchange(content.figureById, step, locale),
		placeMarkers: placements[format]
	};
}

/**
 * Each marker right of the end of its group's name or squares, a leader as long as its radius away; where that is
 * taken, on the nearest free spot from which its leader crosses no text, squares, flag or marker placed before it;
 * where there is none (many notes on one group), on the nearest free spot.
 */
function besideTargets(wishes: { n: number; target: Point }[], layout: ExchangeLayout): Marker[] {
	const r = FORMATS.stage.markerR;
	const obstacles = taken(layout);
	const placed: Marker[] = [];
	for (const { n, target } of wishes) {
		const others = [...obstacles, ...placed.map((m) => circleBox(m, m.r))];
		const area = {
			r,
			pad: 6,
			frame: { x: 0, y: layout.captionBottom, width: layout.width, height: layout.height - layout.captionBottom },
			obstacles: others,
			step: 2
		};
		const wish = [{ n, near: { x: target.x + 2 * r, y: target.y }, target }];
		const [marker] = placeNear(wish, { ...area, allowed: (p) => leaderClear(p, r, target, others) });
		const spot = marker ?? placeNear(wish, area)[0];
		if (spot) placed.push(spot);
	}
	return placed;
}

/** Whether a leader from a marker's edge to its target crosses none of the boxes, checked every unit along it. */
function leaderClear(from: Point, r: number, to: Point, boxes: Rect[]): boolean {
	const length = Math.hypot(to.x - from.x, to.y - from.y);
	// The leader's last unit may touch the box it ends on: a group's squares end where their leader does.
	for (let d = r; d < length - 1; d++) {
		const p = { x: from.x + ((to.x - from.x) * d) / length, y: from.y + ((to.y - from.y) * d) / length };
		if (boxes.some((b) => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height)) return false;
	}
	return true;
}

/** What a marker must keep clear of: every text, every group's squares, the flag and the 1 : 15 glyph. */
function taken(layout: ExchangeLayout): Rect[] {
	const { ratio, unit } = layout;
	const last = ratio.fifteen[ratio.fifteen.length - 1] ?? ratio.one;
	// The colon stands taller than the squares: the glyph's box is as tall as its type.
	return [
		...[...layout.texts, ...layout.flag.lines].map((t) =>
			textBox({ x: t.x, y: t.y, lines: [t.text], size: t.size, lineHeight: t.size, anchor: 'start', bold: t.bold })
		),
		...layout.blocks.map((b) => b.box),
		layout.flag,
		{ x: ratio.one.x, y: ratio.y - ratio.size / 2, width: last.x + unit - ratio.one.x, height: ratio.size }
	];
}
