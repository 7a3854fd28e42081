// Lays out the plan's phases as a vertical flow: a box per phase, the connector into it with its trigger, the notes
// where the reporting tells a different order, and the quote markers in the right gutter.
import { talksStatuses, type TalksStatus } from '$lib/content/talks-words';
import type { OrderDispute } from './disputes';
import { point, rect, tenth, type Rect } from '../geometry';
import type { Gutter } from '../markers';
import { textWidth, wrapText, type TextBlock } from '../text';

export type PhaseStatus = TalksStatus;
export type PhaseState = 'past' | 'current' | 'future';

/** The status at the talks in the tag's lower-case words ("under negotiation"). */
export const statusLabel = Object.fromEntries(
	Object.entries(talksStatuses).map(([status, words]) => [status, words.label.toLowerCase()])
) as Record<PhaseStatus, string>;

/** What the layout needs of a phase. */
export interface PhaseInput {
	id: string;
	title: string;
	/** The trigger in a few words; the full trigger is in the text and the table. */
	condition: string;
	status: PhaseStatus;
}

export const WIDTH = 400;
const TOP = 6;
const BOTTOM = 8;
/** Boxes run from x 14 to 366; the current-phase pointer sits left of them, the markers right of them. */
const BOX_X = 14;
const BOX_RIGHT = 366;
/** The flow's rail runs through the number circles. */
const RAIL_X = 34;
const CIRCLE_R = 13;
const TITLE_X = 56;
const TITLE_SIZE = 16;
const ROW = 22;
const PAD_Y = 7;
const SMALL = 14;
const SMALL_LINE = 17;
const TAG_PAD = 8;
const TAG_HEIGHT = 20;
/** Room kept left of the status tag for the check glyph of a phase already stepped through. */
const CHECK_WIDTH = 18;
/** Triggers and notes start right of the rail and its crossed arrows. */
const TEXT_X = 52;
const ZONE_PAD = 7;
const MIN_ZONE = 28;
const CARD_PAD = 6;
const CARD_GAP = 8;
const STATEMENT_GAP = 6;
/** The crossed arrows reach this far either side of the rail. */
const CROSS_HALF = 12;
/** Quote markers sit in the right gutter; their leader lines end on a box's right edge. */
export const GUTTER: Gutter = { x: 384, r: 12, gap: 3 };
export const LEADER_X = BOX_RIGHT;

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
	boxes: PhaseBox[];
	connectors: Connector[];
	cards: NoteCard[];
}

function layoutCard(dispute: OrderDispute, top: number): NoteCard {
	const textX = TEXT_X + CARD_PAD + 18;
	const wrapWidth = BOX_RIGHT - CARD_PAD - textX;
	let y = top + CARD_PAD;
	const statements = dispute.statements.map((s) => {
		const lines = wrapText(s.text, wrapWidth, SMALL);
		const text = block(textX, y, lines, SMALL, SMALL_LINE);
		const arrow = dispute.swap ? (s.voice === 'plan' ? 'down' : 'up') : null;
		const sample = { x: TEXT_X + CARD_PAD + 7, y1: tenth(y), y2: tenth(y + SMALL + 2), arrow } as const;
		y += blockHeight(lines.length, SMALL, SMALL_LINE) + STATEMENT_GAP;
		return { voice: s.voice, sample, text };
	});
	const height = y - STATEMENT_GAP + CARD_PAD - top;
	return {
		id: dispute.id,
		into: dispute.into,
		box: rect(TEXT_X, top, BOX_RIGHT - TEXT_X, height),
		statements
	};
}

/** The status tag and check glyph sit on the box's top border, at its right end; this is where the tag starts. */
function tagLeft(status: PhaseStatus): number {
	return BOX_RIGHT - 8 - (textWidth(statusLabel[status], SMALL) + 2 * TAG_PAD) - CHECK_WIDTH;
}

function layoutBox(phase: PhaseInput, n: number, top: number): PhaseBox {
	const lines = wrapText(phase.title, BOX_RIGHT - 8 - TITLE_X, TITLE_SIZE, true);
	const label = statusLabel[phase.status];
	const pillWidth = textWidth(label, SMALL) + 2 * TAG_PAD;
	const pill = rect(BOX_RIGHT - 8 - pillWidth, top - TAG_HEIGHT / 2, pillWidth, TAG_HEIGHT);
	const baseline = pill.y + (TAG_HEIGHT - SMALL) / 2 + SMALL * 0.8;
	return {
		id: phase.id,
		n,
		box: rect(BOX_X, top, BOX_RIGHT - BOX_X, 2 * PAD_Y + lines.length * ROW),
		circle: { cx: RAIL_X, cy: tenth(top + PAD_Y + ROW / 2), r: CIRCLE_R },
		title: { ...block(TITLE_X, top + PAD_Y + (ROW - TITLE_SIZE) / 2, lines, TITLE_SIZE, ROW), bold: true },
		status: phase.status,
		tag: {
			pill,
			text: block(pill.x + pillWidth / 2, pill.y + (TAG_HEIGHT - SMALL) / 2, [label], SMALL, SMALL_LINE, 'middle'),
			check: point(pill.x - CHECK_WIDTH / 2 - 4, baseline)
		}
	};
}

export function layoutSequence(phases: PhaseInput[], disputes: OrderDispute[]): SequenceLayout {
	const boxes: PhaseBox[] = [];
	const connectors: Connector[] = [];
	const cards: NoteCard[] = [];
	let y = TOP;
	phases.forEach((phase, i) => {
		const zoneTop = y;
		const lines = wrapText(phase.condition, BOX_RIGHT - TEXT_X, SMALL);
		const trigger = block(TEXT_X, zoneTop + ZONE_PAD, lines, SMALL, SMALL_LINE);
		let bottom = zoneTop + ZONE_PAD + blockHeight(lines.length, SMALL, SMALL_LINE);
		// Whether the last thing in the zone reaches over the status tag that sits on the box's top border.
		let reachesTag = TEXT_X + textWidth(lines[lines.length - 1], SMALL) > tagLeft(phase.status) - 6;
		for (const dispute of disputes.filter((d) => d.into === phase.id)) {
			const card = layoutCard(dispute, bottom + CARD_GAP);
			cards.push(card);
			bottom = card.box.y + card.box.height;
			reachesTag = true;
		}
		const boxTop = Math.max(zoneTop + MIN_ZONE, bottom + (reachesTag ? TAG_HEIGHT / 2 + 5 : ZONE_PAD));
		const swap = disputes.find((d) => d.swap && d.swap[1] === phase.id && d.swap[0] === phases[i - 1]?.id);
		const card = swap && cards.find((c) => c.id === swap.id);
		const crossed = card ? crossing(zoneTop, boxTop, card.box.y + card.box.height / 2) : null;
		connectors.push({ into: phase.id, n: i + 1, x: RAIL_X, y1: tenth(zoneTop), y2: tenth(boxTop), trigger, crossed });
		const box = layoutBox(phase, i + 1, boxTop);
		boxes.push(box);
		y = box.box.y + box.box.height;
	});
	return { width: WIDTH, height: tenth(y + BOTTOM), boxes, connectors, cards };
}

/**
 * The crossed pair between two phases: both run down the rail's sides, swap sides over a short stretch centred on
 * `middle` (level with the note), and end on the other phase. The plan's arrow points down into the later phase; the
 * reported one points up into the earlier phase.
 */
export function crossing(top: number, bottom: number, middle: number): NonNullable<Connector['crossed']> {
	const left = RAIL_X - CROSS_HALF;
	const right = RAIL_X + CROSS_HALF;
	const half = Math.min(CROSS_HALF * 2, (bottom - top) / 2 - 4);
	const a = tenth(middle - half);
	const b = tenth(middle + half);
	[top, bottom] = [tenth(top), tenth(bottom)];
	return {
		plan: `M${left},${top}V${a}L${right},${b}V${bottom}`,
		reported: `M${left},${bottom}V${b}L${right},${a}V${top}`,
		at: point(RAIL_X, middle)
	};
}

/** Past, current or future, by position in the flow; with an unknown phase everything reads as future. */
export function phaseStates(phaseIds: string[], currentId: string): Record<string, PhaseState> {
	const current = phaseIds.indexOf(currentId);
	return Object.fromEntries(
		phaseIds.map((id, i) => [id, current < 0 || i > current ? 'future' : i === current ? 'current' : 'past'] as const)
	);
}

/** Where the pointer to the current phase sits (it slides there), or null when no phase is current. */
export function pointerY(boxes: PhaseBox[], currentId: string): number | null {
	return boxes.find((b) => b.id === currentId)?.circle.cy ?? null;
}
