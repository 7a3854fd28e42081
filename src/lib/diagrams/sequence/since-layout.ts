// Lays out what became of each phase: the plan's phases in their order, each box with its status now (shape and
// words) and when the events it rests on happened. The plan's own flow (layout.ts) is left as it is.
import type { ImplementationStatus } from '$lib/content/types';
import type { StatusTone } from '$lib/since/status-marks';
import { rect, tenth, type Rect } from '../geometry';
import { textWidth, wrapText, type TextBlock } from '../text';
import { WIDTH } from './layout';

/** What the layout needs of a phase. */
export interface StepInput {
	id: string;
	title: string;
	status: ImplementationStatus;
	/** "◑ Partly carried out" */
	mark: string;
	tone: StatusTone;
	/** "Events: 10 Oct 2025 to 19 Mar 2026" */
	when: string;
}

/** The boxes line up with the plan's flow: the pointer left of them, the rail through their number circles. */
const BOX_X = 14;
const BOX_RIGHT = 386;
const RAIL_X = 34;
const CIRCLE_R = 13;
const TEXT_X = 56;
const TITLE = 16;
const TITLE_LINE = 20;
const SMALL = 14;
const SMALL_LINE = 17;
const PAD = 8;
const PILL_PAD = 8;
const PILL_HEIGHT = 22;
const GLYPH_EXTRA = 8;
const GAP = 20;

export interface SinceStep {
	id: string;
	n: number;
	status: ImplementationStatus;
	tone: StatusTone;
	box: Rect;
	circle: { cx: number; cy: number; r: number };
	title: TextBlock;
	/** The status's shape and words in a pill, drawn as its tone says (solid, dashed or dotted). */
	pill: Rect;
	mark: TextBlock;
	when: TextBlock;
}

export interface SequenceSinceLayout {
	width: number;
	height: number;
	steps: SinceStep[];
	/** The rail between one box and the next. */
	links: { x: number; y1: number; y2: number }[];
}

const block = (x: number, top: number, lines: string[], size: number, lineHeight: number, bold = false): TextBlock => ({
	x: tenth(x),
	y: tenth(top + size * 0.8),
	lines,
	size,
	lineHeight,
	anchor: 'start',
	...(bold && { bold })
});

export function layoutSequenceSince(steps: StepInput[]): SequenceSinceLayout {
	const inner = BOX_RIGHT - PAD - TEXT_X;
	const laid: SinceStep[] = [];
	const links: SequenceSinceLayout['links'] = [];
	let y = 6;
	steps.forEach((step, i) => {
		if (i > 0) {
			links.push({ x: RAIL_X, y1: tenth(y), y2: tenth(y + GAP) });
			y += GAP;
		}
		const top = y;
		const titleLines = wrapText(step.title, inner, TITLE, true);
		let inside = top + PAD;
		const title = block(TEXT_X, inside + (TITLE_LINE - TITLE) / 2, titleLines, TITLE, TITLE_LINE, true);
		inside += titleLines.length * TITLE_LINE + 4;
		// The mark's words in a pill one line high where they fit, else wrapped inside a taller one.
		const markLines = wrapText(step.mark, inner - 2 * PILL_PAD - GLYPH_EXTRA, SMALL, true);
		// The status's glyph runs wider than a letter: room for it beside the padding.
		const pillWidth = Math.max(...markLines.map((l) => textWidth(l, SMALL, true))) + 2 * PILL_PAD + GLYPH_EXTRA;
		const pillHeight = PILL_HEIGHT + (markLines.length - 1) * SMALL_LINE;
		const pill = rect(TEXT_X - 2, inside, pillWidth, pillHeight);
		const mark = block(TEXT_X - 2 + PILL_PAD, inside + (PILL_HEIGHT - SMALL) / 2, markLines, SMALL, SMALL_LINE, true);
		inside += pillHeight + 4;
		const whenLines = wrapText(step.when, inner, SMALL);
		const when = block(TEXT_X, inside, whenLines, SMALL, SMALL_LINE);
		inside += (whenLines.length - 1) * SMALL_LINE + SMALL + PAD;
		const box = rect(BOX_X, top, BOX_RIGHT - BOX_X, inside - top);
		laid.push({
			id: step.id,
			n: i + 1,
			status: step.status,
			tone: step.tone,
			box,
			circle: { cx: RAIL_X, cy: tenth(top + PAD + TITLE_LINE / 2), r: CIRCLE_R },
			title,
			pill,
			mark,
			when
		});
		y = inside;
	});
	return { width: WIDTH, height: tenth(y + 8), steps: laid, links };
}
