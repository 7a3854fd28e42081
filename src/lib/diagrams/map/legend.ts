// The map's legend for one stage: its name, the share Israel holds as reported,
// and a bar of that share with other reported values marked.
import { readShare, shareSentence, type Stage, type StageInfo } from './stages';
import { overlaps, rect, tenth } from '../geometry';
import { wrapText } from '../text';
import { textBlock, type Box, type TextBlock } from './text';

const WIDTH = 400;
const FONT = { main: 16, text: 15, small: 14 };

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

/** The legend of one stage, starting at `top`, `edge` in from the sides. */
export function legendFor(stage: StageInfo, top: number, edge: number): Legend {
	const left = edge + 2;
	const barWidth = WIDTH - 2 * left;
	const swatch = rect(left, top + 14, 28, 14);
	const titleX = swatch.x + swatch.width + 10;
	const title = textBlock(
		wrapText(stage.label, WIDTH - edge - titleX, FONT.main),
		titleX,
		top + 26,
		FONT.main,
		'start'
	);
	const sentenceY = title.box.y + title.box.height + FONT.text + 4;
	const sentence = textBlock(wrapText(shareSentence(stage), barWidth, FONT.text), left, sentenceY, FONT.text, 'start');
	const { figure, others, range } = readShare(stage.share.display);
	const x = (v: number) => left + (barWidth * v) / 100;
	const figureY = sentence.box.y + sentence.box.height + FONT.small + 8;
	const figureLabel = clampBlock(
		left,
		textBlock([figure], x((range[0] + range[1]) / 2), figureY, FONT.small, 'middle')
	);
	const bar = rect(left, figureY + 6, barWidth, 16);
	const below = bar.y + bar.height + FONT.small + 2;
	const scale = [
		textBlock(['0%'], left, below, FONT.small, 'start'),
		textBlock(['100%'], WIDTH - left, below, FONT.small, 'end')
	];
	const otherLabels = others.map((o) => clampBlock(left, textBlock([o.text], x(o.value), below, FONT.small, 'middle')));
	// A reported value whose label would touch the scale labels moves below them.
	const placed = otherLabels.map((b, i) => ({
		x: tenth(x(others[i].value)),
		label: scale.some((s) => overlaps(s.box, b.box, 4))
			? textBlock(b.lines, b.x, below + FONT.small * 1.3, b.size, b.anchor)
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

/** Keeps a middle-anchored label inside the legend's width. */
function clampBlock(margin: number, b: TextBlock): TextBlock {
	if (b.box.x < margin) return textBlock(b.lines, margin, b.y, b.size, 'start');
	if (b.box.x + b.box.width > WIDTH - margin) return textBlock(b.lines, WIDTH - margin, b.y, b.size, 'end');
	return b;
}

/** The lowest point of a legend's text and bar. */
export const legendBottom = (l: Legend) =>
	Math.max(
		...[l.sentence, l.figure, ...l.scale, ...l.others.map((o) => o.label)].map((b) => b.box.y + b.box.height),
		l.bar.y + l.bar.height
	);
