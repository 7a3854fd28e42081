// Lays out the exchange to scale: one square per person, 50 to a row, the same square for every group.
import { point, rect, tenth, type Point, type Rect } from '../geometry';
import type { Gutter } from '../markers';
import { textWidth, wrapText } from '../text';
import { formatNumber } from '$lib/format/format';

export type ExchangeStep = 'terms' | 'hostages-released' | 'prisoners-released' | 'remains';
export type BlockId = 'hostages-alive' | 'hostages-deceased' | 'prisoners-life' | 'detainees' | 'remains';
export type BlockState = 'normal' | 'highlight' | 'muted';

/** The numbers the drawing is made of, read from the figures ledger. */
export interface ExchangeCounts {
	/** Hostages held in Gaza, living and deceased. */
	held: number;
	/** Of those, believed alive (Article C's reading). */
	alive: number;
	/** Palestinian prisoners serving life sentences. */
	prisonersLife: number;
	/** Detainees from Gaza. */
	detainees: number;
	/** Remains of deceased Gazans returned for each deceased hostage (the plan's rule). */
	remainsPerDeceased: number;
}

export const WIDTH = 400;
/** Side of one square, the gap between squares, and so the distance from one square to the next. */
export const UNIT = 5;
export const PITCH = 6.4;
export const PER_ROW = 50;
const LEFT = 6;
/** Right edge of a full row of squares: 6 + 50 × 6.4 = 326. */
export const GRID_RIGHT = LEFT + PER_ROW * PITCH;
/** Quote markers stack in the gutter right of the squares, between the caption and the foot of the drawing. */
export const GUTTER = { x: 380, r: 13, gap: 4 } satisfies Gutter;

const SMALL = 14;
const LARGE = 16;
const LINE = 18;

export interface UnitBlock {
	id: BlockId;
	count: number;
	/** deceased people (hostages or Gazans' remains) are drawn as outlined squares, the living as solid ones. */
	style: 'solid' | 'outline';
	/** Where the squares start; patterns that draw them are aligned to this corner. */
	origin: { x: number; y: number };
	/** The full rows, drawn as one rectangle filled with a pattern of squares; null if there are none. */
	fullRows: Rect | null;
	/** The last, partly filled row; null if the count fills whole rows. */
	lastRow: Rect | null;
	/** One entry per person, for blocks small enough to draw square by square. */
	units: { x: number; y: number }[];
	/** The box around the squares, for the highlight frame. */
	box: Rect;
	/** The point a quote's leader line goes to. */
	anchor: Point;
}

export interface TextLine {
	id: string;
	text: string;
	x: number;
	y: number;
	size: number;
	bold?: boolean;
	muted?: boolean;
}

export interface ExchangeLayout {
	width: number;
	height: number;
	blocks: UnitBlock[];
	texts: TextLine[];
	/** The box that flags the articles' disagreement about the 20. */
	flag: Rect & { lines: TextLine[] };
	/** The 1 : 15 glyph beside the remains: one outlined square, a colon, fifteen outlined squares. */
	ratio: { one: { x: number; y: number }; fifteen: { x: number; y: number }[]; colonX: number; y: number };
	/** Each step's caption, in lines: they sit at the top, in room kept for the longest. */
	captions: Record<ExchangeStep, string[]>;
	captionTop: number;
	captionBottom: number;
}

/** Positions of the squares of one block, filling rows of 50 from the left. */
export function unitGrid(count: number, x: number, y: number, perRow = PER_ROW): { x: number; y: number }[] {
	return Array.from({ length: count }, (_, i) => point(x + (i % perRow) * PITCH, y + Math.floor(i / perRow) * PITCH));
}

function block(
	id: BlockId,
	count: number,
	style: UnitBlock['style'],
	x: number,
	y: number,
	perUnit: boolean
): UnitBlock {
	const full = Math.floor(count / PER_ROW);
	const rest = count % PER_ROW;
	const rows = full + (rest ? 1 : 0);
	const widthUnits = Math.min(count, PER_ROW);
	const box = rect(x - 2, y - 2, widthUnits * PITCH - (PITCH - UNIT) + 4, rows * PITCH - (PITCH - UNIT) + 4);
	return {
		id,
		count,
		style,
		origin: point(x, y),
		fullRows: full ? rect(x, y, PER_ROW * PITCH, full * PITCH) : null,
		lastRow: rest ? rect(x, y + full * PITCH, rest * PITCH, PITCH) : null,
		units: perUnit ? unitGrid(count, x, y) : [],
		box,
		anchor: point(box.x + box.width, y + Math.min(rows, 3) * PITCH * 0.5)
	};
}

export function deceasedCount(c: ExchangeCounts) {
	return c.held - c.alive;
}

/** What happens at each step, in one line above the drawing: it says in words what the frame means. */
export function stepCaption(step: ExchangeStep, c: ExchangeCounts): string {
	switch (step) {
		case 'terms':
			return 'The plan’s terms: one square is one person';
		case 'hostages-released':
			return `Framed: the ${formatNumber(c.alive)} living hostages, released`;
		case 'prisoners-released':
			return `Framed: ${formatNumber(c.prisonersLife)} prisoners, ${formatNumber(c.detainees)} detainees freed`;
		case 'remains':
			return `Framed: remains, ${formatNumber(c.remainsPerDeceased)} for each deceased hostage`;
	}
}

/** Which blocks act in a step (highlighted and framed) and which wait (muted); the plan's terms show all alike. */
export function blockStates(step: ExchangeStep): Record<BlockId, BlockState> {
	const acting: Record<ExchangeStep, BlockId[]> = {
		terms: [],
		'hostages-released': ['hostages-alive'],
		'prisoners-released': ['prisoners-life', 'detainees'],
		remains: ['hostages-deceased', 'remains']
	};
	const ids: BlockId[] = ['hostages-alive', 'hostages-deceased', 'prisoners-life', 'detainees', 'remains'];
	const on = acting[step];
	return Object.fromEntries(
		ids.map((id) => [id, on.length === 0 ? 'normal' : on.includes(id) ? 'highlight' : 'muted'])
	) as Record<BlockId, BlockState>;
}

const steps: ExchangeStep[] = ['terms', 'hostages-released', 'prisoners-released', 'remains'];

export function layoutExchange(c: ExchangeCounts): ExchangeLayout {
	const deceased = deceasedCount(c);
	const remains = deceased * c.remainsPerDeceased;
	const texts: TextLine[] = [];
	const blocks: UnitBlock[] = [];
	const textRight = WIDTH - 2 * LEFT;
	// Text may run past the squares, up to the marker gutter.
	const headingWidth = GUTTER.x - GUTTER.r - 6 - LEFT;

	/** Adds a wrapped text and returns the y below it. */
	const add = (
		id: string,
		text: string,
		y: number,
		size: number,
		opts: Partial<TextLine> = {},
		maxWidth = headingWidth
	) => {
		const lines = wrapText(text, maxWidth, size, opts.bold);
		lines.forEach((line, i) =>
			texts.push({
				id: lines.length > 1 ? `${id}-${i}` : id,
				text: line,
				x: LEFT,
				y: tenth(y + size + i * (size + 4)),
				size,
				...opts
			})
		);
		return y + lines.length * (size + 4) + 2;
	};

	// The caption: room for the longest of the four steps so the drawing does not move between phases.
	const captionTop = 0;
	const captions = Object.fromEntries(steps.map((s) => [s, wrapText(stepCaption(s, c), textRight, SMALL)])) as Record<
		ExchangeStep,
		string[]
	>;
	const captionLines = Math.max(...steps.map((s) => captions[s].length));
	let y = captionTop + captionLines * LINE + 8;
	const captionBottom = y;

	// Hostages: a heading, then the living and the deceased on a row each, each with its name beside it.
	y = add('hostages-heading', `${formatNumber(c.held)} hostages held in Gaza`, y, LARGE, { bold: true }) + 2;
	const rows: { id: BlockId; count: number; style: UnitBlock['style']; label: string }[] = [
		{ id: 'hostages-alive', count: c.alive, style: 'solid', label: `${formatNumber(c.alive)} believed alive ⚑` },
		{ id: 'hostages-deceased', count: deceased, style: 'outline', label: `${formatNumber(deceased)} deceased` }
	];
	for (const row of rows) {
		const b = block(row.id, row.count, row.style, LEFT, y, true);
		const labelX = b.box.x + b.box.width + 6;
		texts.push({ id: `${row.id}-label`, text: row.label, ...point(labelX, y + UNIT / 2 + SMALL * 0.35), size: SMALL });
		// The leader line ends just after the name, so it crosses neither squares nor text.
		b.anchor = point(labelX + textWidth(row.label, SMALL) + 8, y + UNIT / 2);
		blocks.push(b);
		y += LINE;
	}

	// The flag: the two articles' readings of the same 20, quoted.
	const flagLines = [
		'⚑ The articles differ on these 20:',
		'Article C: “believed to be alive”',
		'Article A: “thought to be dead”'
	];
	const flagTop = y - 2;
	const flag = {
		...rect(LEFT - 2, flagTop, GRID_RIGHT - LEFT + 4, flagLines.length * LINE + 10),
		lines: flagLines.map((text, i) => ({
			id: `flag-${i}`,
			text,
			...point(LEFT + 6, flagTop + 5 + SMALL + i * LINE),
			size: SMALL,
			bold: i === 0
		}))
	};
	y = flagTop + flag.height + 14;

	// Prisoners serving life sentences.
	y =
		add('prisoners-life-heading', `${formatNumber(c.prisonersLife)} prisoners serving life sentences`, y, LARGE, {
			bold: true
		}) + 2;
	const life = block('prisoners-life', c.prisonersLife, 'solid', LEFT, y, false);
	blocks.push(life);
	y = life.box.y + life.box.height + 12;

	// Detainees from Gaza, and the total of both groups.
	y = add('detainees-heading', `${formatNumber(c.detainees)} detainees from Gaza`, y, LARGE, { bold: true }) + 2;
	const detainees = block('detainees', c.detainees, 'solid', LEFT, y, false);
	blocks.push(detainees);
	y = detainees.box.y + detainees.box.height + 2;
	y = add(
		'prisoners-total',
		`Together ${formatNumber(c.prisonersLife + c.detainees)} Palestinians ` +
			`(${formatNumber(c.prisonersLife)} + ${formatNumber(c.detainees)})`,
		y,
		SMALL,
		{ muted: true }
	);
	y += 10;

	// Remains: the heading, the 1 : 15 glyph with its words, then the block itself.
	y =
		add(
			'remains-heading',
			`Remains of ${formatNumber(remains)} Gazans (${formatNumber(deceased)} × ${formatNumber(c.remainsPerDeceased)})`,
			y,
			LARGE,
			{
				bold: true
			}
		) + 2;
	const glyphY = y + 4;
	const one = point(LEFT, glyphY);
	const colonX = tenth(LEFT + PITCH + 6);
	const fifteen = unitGrid(c.remainsPerDeceased, colonX + 6, glyphY, c.remainsPerDeceased);
	const glyphEnd = colonX + 6 + c.remainsPerDeceased * PITCH + 6;
	texts.push({
		id: 'remains-rule',
		text: `1 : ${formatNumber(c.remainsPerDeceased)}, the plan’s rule`,
		...point(glyphEnd, glyphY + UNIT / 2 + SMALL * 0.35),
		size: SMALL
	});
	y += LINE + 4;
	const remainsBlock = block('remains', remains, 'outline', LEFT, y, false);
	blocks.push(remainsBlock);
	y = remainsBlock.box.y + remainsBlock.box.height + 4;

	return {
		width: WIDTH,
		height: Math.ceil(y),
		blocks,
		texts,
		flag,
		ratio: { one, fifteen, colonX, y: tenth(glyphY + UNIT / 2) },
		captions,
		captionTop,
		captionBottom: tenth(captionBottom)
	};
}
