// The map's legend for one stage: its name, the share Israel holds as reported,
// and a bar of that share with other reported values marked.
import { readShare, type Stage, type StageInfo } from './stages';
import { overlaps, rect, tenth } from '../geometry';
import { wrapText } from '../text';
import { textBlock, type Box, type TextBlock } from './text';

/** Where a legend is laid out and how large: under the map on a page, in a column beside it on the stage. */
export interface LegendRoom {
	/** The room's left side and width; its text and bar keep `edge` (and 2 more) in from either side. */
	x: number;
	width: number;
	edge: number;
	/** The title's size, the sentence's, and the figures' and the scale's. */
	font: { main: number; text: number; small: number };
	/** The swatch, the bar and the gaps between them, as a multiple of the page's. */
	pen: number;
	/** Whether bold text is measured as bold (layout.ts, `MapFormat.boldMeasured`). */
	boldMeasured: boolean;
}

export interface Legend {
	stage: Stage;
	title: TextBlock;
	/** A sample of the stage's line (or a hatched square when it has none), beside the title. */
	swatch: Box;
	sentence: TextBlock;
	bar: Box;
	/** Width of the bar's hatched part (the headline share) and of its lighter part (the other reported values). */
	held: number;
	reported: [number, number];
	figure: TextBlock;
	/** Other reported values: a tick on the bar at `x` and its label. */
	others: { x: number; label: TextBlock }[];
	scale: TextBlock[];
}

/** The legend of one stage, starting at `top`, in its room. */
export function legendFor(stage: StageInfo, top: number, room: LegendRoom): Legend {
	const { font, pen, boldMeasured: bold } = room;
	const left = room.x + room.edge + 2;
	const barWidth = room.width - 2 * (room.edge + 2);
	const right = left + barWidth;
	const swatch = rect(left, top + 14 * pen, 28 * pen, 14 * pen);
	const titleX = swatch.x + swatch.width + 10 * pen;
	const title = textBlock(
		wrapText(stage.label, room.x + room.width - room.edge - titleX, font.main, bold),
		titleX,
		top + 26 * pen,
		font.main,
		'start',
		bold
	);
	const sentenceY = title.box.y + title.box.height + font.text + 4 * pen;
	const sentence = textBlock(wrapText(stage.sentence, barWidth, font.text), left, sentenceY, font.text, 'start');
	const { figure, others, range } = readShare(stage.share.display);
	const x = (v: number) => left + (barWidth * v) / 100;
	const figureY = sentence.box.y + sentence.box.height + font.small + 8 * pen;
	const figureLabel = clampBlock(
		left,
		right,
		textBlock([figure], x((range[0] + range[1]) / 2), figureY, font.small, 'middle', bold),
		bold
	);
	const bar = rect(left, figureY + 6 * pen, barWidth, 16 * pen);
	const below = bar.y + bar.height + font.small + 2 * pen;
	const scale = [
		textBlock(['0%'], left, below, font.small, 'start'),
		textBlock(['100%'], right, below, font.small, 'end')
	];
	const otherLabels = others.map((o) =>
		clampBlock(left, right, textBlock([o.text], x(o.value), below, font.small, 'middle'))
	);
	// A reported value whose label would come within a letter of the scale labels moves below them: their digits and
	// "%" run wider than the estimate in common fonts, and a short label (the editions') may otherwise reach them.
	const placed = otherLabels.map((b, i) => ({
		x: tenth(x(others[i].value)),
		label: scale.some((s) => overlaps(s.box, b.box, font.small))
			? textBlock(b.lines, b.x, below + font.small * 1.3, b.size, b.anchor)
			: b
	}));
	const values = [stage.share.value, ...range, ...others.map((o) => o.value)];
	return {
		stage: stage.id,
		title,
		swatch,
		sentence,
		bar,
		held: tenth((barWidth * Math.min(stage.share.value, range[0])) / 100),
		reported: [tenth((barWidth * Math.min(...values)) / 100), tenth((barWidth * Math.max(...values)) / 100)],
		figure: figureLabel,
		others: placed,
		scale
	};
}

/** Keeps a middle-anchored label between the bar's ends; `bold` as it was measured. */
function clampBlock(left: number, right: number, b: TextBlock, bold = false): TextBlock {
	if (b.box.x < left) return textBlock(b.lines, left, b.y, b.size, 'start', bold);
	if (b.box.x + b.box.width > right) return textBlock(b.lines, right, b.y, b.size, 'end', bold);
	return b;
}

/** The lowest point of a legend's text and bar. */
export const legendBottom = (l: Legend) =>
	Math.max(
		...[l.sentence, l.figure, ...l.scale, ...l.others.map((o) => o.label)].map((b) => b.box.y + b.box.height),
		l.bar.y + l.bar.height
	);
