// Lays out the plan's phases as a vertical flow: a box per phase, the connector into it with its trigger, the notes
// where the reporting tells a different order, and the quote markers in the right gutter.
import { least, max, range, sum } from 'd3';
import { talksStatuses, type TalksStatus } from '$lib/content/talks-words';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { FrameWords } from '../frame-words';
import { STAGE, type DiagramFormat } from '../format';
import type { OrderDispute } from './disputes';
import { point, rect, tenth, type Rect } from '../geometry';
import type { Gutter } from '../markers';
import { wrapBalanced } from '../balanced-wrap';
import { textWidth, wrapText, type TextBlock } from '../text';

export type PhaseStatus = TalksStatus;

/** The status at the talks in the tag's lower-case words ("under negotiation"), in an edition's language. */
export const statusLabel = (status: PhaseStatus, locale: Locale): string => talksStatuses[status].lower({}, { locale });

/** What the layout needs of a phase. */
export interface PhaseInput {
	id: string;
	title: string;
	/** The trigger in a few words; the full trigger is in the text and the table. */
	condition: string;
	status: PhaseStatus;
}

/** The sizes of one format's layout, in its units; x positions are counted from the left of the phases' column. */
interface Sizes {
	width: number;
	/** How many columns the flow may take: on the stage, a second column beside the first (16:9 has the width). */
	columns: number;
	/** How far right each column starts of the one before. */
	columnStep: number;
	top: number;
	bottom: number;
	/** Boxes run from boxX to boxRight; the current-phase pointer sits left of them, the markers right of them. */
	boxX: number;
	boxRight: number;
	/** The flow's rail runs through the number circles. */
	railX: number;
	circleR: number;
	titleX: number;
	titleSize: number;
	row: number;
	padY: number;
	small: number;
	smallLine: number;
	tagPad: number;
	tagHeight: number;
	/** Room kept left of the status tag for the check glyph of a phase already stepped through, and beside it. */
	checkWidth: number;
	checkGap: number;
	/** Triggers and notes start right of the rail and its crossed arrows. */
	textX: number;
	zonePad: number;
	minZone: number;
	cardPad: number;
	cardGap: number;
	statementGap: number;
	/** Where a note's line sample and its text start, right of the note's left edge. */
	sampleX: number;
	statementX: number;
	/** The crossed arrows reach this far either side of the rail. */
	crossHalf: number;
	/** The least room between a trigger or note and the status tag below it. */
	tagClear: number;
	/**
	 * Whether the tag may sit beside a trigger's short last line (a page's), or keeps below the whole trigger, as the
	 * stage does: a browser measures a text of several lines as one box, and the stage's are checked that way.
	 */
	tagBesideLastLine: boolean;
	/** Quote markers sit in a gutter this far right of the boxes; leaders end on a box's right edge, this far inside. */
	gutterOffset: number;
	markerR: number;
	markerGap: number;
	leaderInset: number;
	/** Whether the markers keep within the drawing's height, or may stack below it and lengthen it (a page's). */
	markersWithin: boolean;
	/** How far below a column's last box the flow turns towards the next column, and left of that column it climbs. */
	bendDrop: number;
	bendInset: number;
	/**
	 * Whether labels wrap in even lines, with no word left alone (the stage's), or as far as a line allows (a page's).
	 * A flag, not the function: the browser's bundle imports this module for the pointer and would keep the function.
	 */
	balance: boolean;
	ink: SequenceInk;
}

/**
 * What the drawing's parts take from the layout rather than from their own styles, so that a stage drawing is drawn
 * in proportion to its larger type: the number and check sizes, a factor on every stroke, arrowheads, the start dot,
 * the boxes' corners and the current-phase pointer (drawn left of the box, level with its number).
 */
export interface SequenceInk {
	number: number;
	check: number;
	line: number;
	head: number;
	dot: number;
	corner: number;
	pointer: string;
}

/**
 * The page's width, which the since view shares. A number of its own, not read from the table below: the browser's
 * code imports this module for the pointer, and a read from the table would keep the whole table in its bundle.
 */
export const WIDTH = 400;

const SIZES: Record<DiagramFormat, Sizes> = {
	page: {
		width: WIDTH,
		columns: 1,
		columnStep: 0,
		top: 6,
		bottom: 8,
		boxX: 14,
		boxRight: 366,
		railX: 34,
		circleR: 13,
		titleX: 56,
		titleSize: 16,
		row: 22,
		padY: 7,
		small: 14,
		smallLine: 17,
		tagPad: 8,
		tagHeight: 20,
		checkWidth: 18,
		checkGap: 4,
		textX: 52,
		zonePad: 7,
		minZone: 28,
		cardPad: 6,
		cardGap: 8,
		statementGap: 6,
		sampleX: 13,
		statementX: 24,
		crossHalf: 12,
		tagClear: 5,
		tagBesideLastLine: true,
		gutterOffset: 18,
		markerR: 12,
		markerGap: 3,
		leaderInset: 6,
		markersWithin: false,
		bendDrop: 0,
		bendInset: 0,
		balance: false,
		ink: { number: 15, check: 16, line: 1, head: 10, dot: 3.5, corner: 6, pointer: 'M1,-8L11,0L1,8z' }
	},
	// Two columns of 550: the pointer, a box 467 wide, the marker gutter (radius 20, for 24-unit numbers), and the
	// flow's climb to the next column just left of it. Every text is 24 units: 24 px at 1920×1080.
	stage: {
		width: STAGE.width,
		columns: 2,
		columnStep: 550,
		top: 8,
		bottom: 8,
		boxX: 24,
		boxRight: 491,
		railX: 54,
		circleR: 20,
		titleX: 86,
		titleSize: STAGE.minText,
		row: 30,
		// The title's first line starts below the status tag that straddles the box's top border (half of 32), with
		// room for Noto Sans Arabic's taller line box: an Arabic title running under the tag touched it at 14.
		padY: 18,
		small: STAGE.minText,
		smallLine: 28,
		tagPad: 12,
		tagHeight: 32,
		checkWidth: 26,
		checkGap: 6,
		textX: 80,
		zonePad: 8,
		minZone: 44,
		cardPad: 9,
		cardGap: 8,
		statementGap: 8,
		sampleX: 14,
		statementX: 30,
		crossHalf: 16,
		tagClear: 6,
		tagBesideLastLine: false,
		gutterOffset: 28,
		markerR: 20,
		markerGap: 6,
		leaderInset: 10,
		markersWithin: true,
		bendDrop: 14,
		bendInset: 5,
		balance: true,
		ink: { number: STAGE.minText, check: 26, line: 1.6, head: 16, dot: 6, corner: 10, pointer: 'M0,-14L20,0L0,14z' }
	}
};

/** A text block whose box starts at `top`: the first baseline sits 0.8 × size below it. */
function block(
	x: number,
	top: number,
	lines: string[],
	size: number,
	lineHeight: number,
	anchor: TextBlock['anchor'] = 'start'
): TextBlock {
	return { x: tenth(x), y: tenth(top + size * 0.8), lines, size, lineHeight, anchor };
}
const blockHeight = (lines: number, size: number, lineHeight: number) => (lines - 1) * lineHeight + size;

/** A label's lines as the format wraps them. */
const wrap = (z: Sizes, text: string, width: number, size: number, bold = false) =>
	(z.balance ? wrapBalanced : wrapText)(text, width, size, bold);

export interface PhaseBox {
	id: string;
	n: number;
	box: Rect;
	circle: { cx: number; cy: number; r: number };
	title: TextBlock;
	status: PhaseStatus;
	tag: { pill: Rect; text: TextBlock; check: { x: number; y: number } };
}

export interface Connector {
	/** The phase this connector leads into. */
	into: string;
	n: number;
	/** The rail segment, top to bottom; the first connector starts at a dot. */
	x: number;
	y1: number;
	y2: number;
	trigger: TextBlock;
	/**
	 * When the reporting swaps the two phases it joins, two paths replace the rail: the plan's arrow (down, into this
	 * phase) and the reported arrow (up, into the one before), crossing level with the note that explains them.
	 */
	crossed: { plan: string; reported: string; at: { x: number; y: number } } | null;
	/**
	 * Where the flow goes on at the top of the next column (the stage's second column): the path that replaces the rail,
	 * from the foot of the column before, climbing left of this column and down into this phase. Absent on a page.
	 */
	bend?: string;
}

export interface NoteCard {
	id: string;
	into: string;
	box: Rect;
	statements: {
		voice: 'plan' | 'reported';
		/** A short sample of the line style that stands for this voice: solid for the plan, dashed for the reporting. */
		sample: { x: number; y1: number; y2: number; arrow: 'up' | 'down' | null };
		text: TextBlock;
	}[];
}

export interface SequenceLayout {
	width: number;
	height: number;
	words: FrameWords;
	boxes: PhaseBox[];
	connectors: Connector[];
	cards: NoteCard[];
	ink: SequenceInk;
}

/** One column of the flow: its sizes, and where it starts across the drawing. */
interface Column {
	sizes: Sizes;
	x0: number;
	/** The edition whose words the status tags are in. */
	locale: Locale;
}

function layoutCard(dispute: OrderDispute, top: number, { sizes: z, x0 }: Column): NoteCard {
	const textX = x0 + z.textX + z.statementX;
	const wrapWidth = x0 + z.boxRight - z.cardPad - textX;
	let y = top + z.cardPad;
	const statements = dispute.statements.map((s) => {
		const lines = wrap(z, s.text, wrapWidth, z.small);
		const text = block(textX, y, lines, z.small, z.smallLine);
		const arrow = dispute.swap ? (s.voice === 'plan' ? 'down' : 'up') : null;
		const sample = { x: x0 + z.textX + z.sampleX, y1: tenth(y), y2: tenth(y + z.small + 2), arrow } as const;
		y += blockHeight(lines.length, z.small, z.smallLine) + z.statementGap;
		return { voice: s.voice, sample, text };
	});
	const height = y - z.statementGap + z.cardPad - top;
	return {
		id: dispute.id,
		into: dispute.into,
		box: rect(x0 + z.textX, top, z.boxRight - z.textX, height),
		statements
	};
}

/** The status tag and check glyph sit on the box's top border, at its right end; this is where the tag starts. */
function tagLeft(status: PhaseStatus, { sizes: z, x0, locale }: Column): number {
	return x0 + z.boxRight - 8 - (textWidth(statusLabel(status, locale), z.small) + 2 * z.tagPad) - z.checkWidth;
}

function layoutBox(phase: PhaseInput, n: number, top: number, { sizes: z, x0, locale }: Column): PhaseBox {
	const right = x0 + z.boxRight;
	const lines = wrap(z, phase.title, right - 8 - (x0 + z.titleX), z.titleSize, true);
	const label = statusLabel(phase.status, locale);
	const pillWidth = textWidth(label, z.small) + 2 * z.tagPad;
	const pill = rect(right - 8 - pillWidth, top - z.tagHeight / 2, pillWidth, z.tagHeight);
	const textTop = pill.y + (z.tagHeight - z.small) / 2;
	const baseline = textTop + z.small * 0.8;
	return {
		id: phase.id,
		n,
		box: rect(x0 + z.boxX, top, z.boxRight - z.boxX, 2 * z.padY + lines.length * z.row),
		circle: { cx: x0 + z.railX, cy: tenth(top + z.padY + z.row / 2), r: z.circleR },
		title: { ...block(x0 + z.titleX, top + z.padY + (z.row - z.titleSize) / 2, lines, z.titleSize, z.row), bold: true },
		status: phase.status,
		tag: {
			pill,
			text: block(pill.x + pillWidth / 2, textTop, [label], z.small, z.smallLine, 'middle'),
			check: point(pill.x - z.checkWidth / 2 - z.checkGap, baseline)
		}
	};
}

/** One column of the flow, from the top of the drawing down: each phase's zone (trigger, notes), then its box. */
function layoutColumn(phases: PhaseInput[], disputes: OrderDispute[], column: Column, firstN: number) {
	const { sizes: z, x0 } = column;
	const boxes: PhaseBox[] = [];
	const connectors: Connector[] = [];
	const cards: NoteCard[] = [];
	let y = z.top;
	phases.forEach((phase, i) => {
		const zoneTop = y;
		const lines = wrap(z, phase.condition, z.boxRight - z.textX, z.small);
		const trigger = block(x0 + z.textX, zoneTop + z.zonePad, lines, z.small, z.smallLine);
		let bottom = zoneTop + z.zonePad + blockHeight(lines.length, z.small, z.smallLine);
		// Whether the last thing in the zone reaches over the status tag that sits on the box's top border.
		const reaching = z.tagBesideLastLine ? lines.slice(-1) : lines;
		let reachesTag =
			x0 + z.textX + (max(reaching, (l) => textWidth(l, z.small)) ?? 0) > tagLeft(phase.status, column) - 6;
		for (const dispute of disputes.filter((d) => d.into === phase.id)) {
			const card = layoutCard(dispute, bottom + z.cardGap, column);
			cards.push(card);
			bottom = card.box.y + card.box.height;
			reachesTag = true;
		}
		const boxTop = Math.max(zoneTop + z.minZone, bottom + (reachesTag ? z.tagHeight / 2 + z.tagClear : z.zonePad));
		const swap = disputes.find((d) => d.swap && d.swap[1] === phase.id && d.swap[0] === phases[i - 1]?.id);
		const card = swap && cards.find((c) => c.id === swap.id);
		const rail = { x: x0 + z.railX, half: z.crossHalf };
		const crossed = card ? crossing(zoneTop, boxTop, card.box.y + card.box.height / 2, rail) : null;
		const n = firstN + i;
		connectors.push({ into: phase.id, n, x: rail.x, y1: tenth(zoneTop), y2: tenth(boxTop), trigger, crossed });
		const box = layoutBox(phase, n, boxTop, column);
		boxes.push(box);
		y = box.box.y + box.box.height;
	});
	return { boxes, connectors, cards, bottom: y };
}

/**
 * Where the flow splits into columns: the split whose taller column is the shortest, never between two phases the
 * reporting swaps (their crossed arrows need both in one column). One column where the format has one.
 */
function columnsOf(phases: PhaseInput[], disputes: OrderDispute[], z: Sizes, locale: Locale): PhaseInput[][] {
	if (z.columns < 2 || phases.length < 2) return [phases];
	const swapped = (k: number) => disputes.some((d) => d.swap?.[1] === phases[k].id && d.swap[0] === phases[k - 1].id);
	const splits = range(1, phases.length).filter((k) => !swapped(k));
	const height = (k: number) =>
		Math.max(
			layoutColumn(phases.slice(0, k), disputes, { sizes: z, x0: 0, locale }, 1).bottom,
			layoutColumn(phases.slice(k), disputes, { sizes: z, x0: 0, locale }, 1).bottom
		);
	const best = least(splits, (k) => height(k));
	return best === undefined ? [phases] : [phases.slice(0, best), phases.slice(best)];
}

export function layoutSequence(
	phases: PhaseInput[],
	disputes: OrderDispute[],
	format: DiagramFormat = 'page',
	locale: Locale = 'en'
): SequenceLayout {
	const z = SIZES[format];
	const laid: ReturnType<typeof layoutColumn>[] = [];
	for (const [c, column] of columnsOf(phases, disputes, z, locale).entries()) {
		const firstN = 1 + sum(laid, (l) => l.boxes.length);
		const col = layoutColumn(column, disputes, { sizes: z, x0: c * z.columnStep, locale }, firstN);
		const before = laid.at(-1)?.boxes.at(-1);
		if (before) {
			// The flow leaves the foot of the column before, climbs just left of this column and comes down into it.
			const [into] = col.connectors;
			const foot = tenth(before.box.y + before.box.height);
			const climb = tenth(c * z.columnStep - z.bendInset);
			const leave = `M${before.circle.cx},${foot}V${tenth(foot + z.bendDrop)}H${climb}`;
			into.bend = `${leave}V${into.y1}H${into.x}V${tenth(into.y2 - 1)}`;
		}
		laid.push(col);
	}
	const bends = laid.slice(0, -1).map((l) => l.bottom + z.bendDrop + 4);
	return {
		words: {
			title: m.diagram_sequence_title({}, { locale }),
			caveat: m.diagram_sequence_caveat({}, { locale }),
			svgTitle: m.diagram_sequence_svg_title({}, { locale })
		},
		width: z.width,
		height: tenth(Math.max(...laid.map((l) => l.bottom + z.bottom), ...bends)),
		boxes: laid.flatMap((l) => l.boxes),
		connectors: laid.flatMap((l) => l.connectors),
		cards: laid.flatMap((l) => l.cards),
		ink: z.ink
	};
}

/**
 * The crossed pair between two phases: both run down the rail's sides, swap sides over a short stretch centred on
 * `middle` (level with the note), and end on the other phase. The plan's arrow points down into the later phase; the
 * reported one points up into the earlier phase. The rail is the page's unless given.
 */
export function crossing(
	top: number,
	bottom: number,
	middle: number,
	rail = { x: SIZES.page.railX, half: SIZES.page.crossHalf }
): NonNullable<Connector['crossed']> {
	const left = rail.x - rail.half;
	const right = rail.x + rail.half;
	const half = Math.min(rail.half * 2, (bottom - top) / 2 - 4);
	const a = tenth(middle - half);
	const b = tenth(middle + half);
	[top, bottom] = [tenth(top), tenth(bottom)];
	return {
		plan: `M${left},${top}V${a}L${right},${b}V${bottom}`,
		reported: `M${left},${bottom}V${b}L${right},${a}V${top}`,
		at: point(rail.x, middle)
	};
}

/**
 * Where the quote markers of a column's phases go: a gutter right of its boxes, whose leaders end on a box's right
 * edge; on the stage it keeps within the drawing (a page's lengthens the drawing where markers stack below).
 */
export function markerGutter(layout: SequenceLayout, box: PhaseBox, format: DiagramFormat = 'page') {
	const z = SIZES[format];
	const right = box.box.x + box.box.width;
	const ends = z.markersWithin ? { top: 0, bottom: layout.height } : {};
	const gutter: Gutter = { x: tenth(right + z.gutterOffset), r: z.markerR, gap: z.markerGap, ...ends };
	return {
		gutter,
		target: { x: right, y: box.box.y + z.leaderInset, y2: box.box.y + box.box.height - z.leaderInset }
	};
}
