// Lays out the exchange to scale: one square per person, the same square for every group, in rows of 50 on a page and
// rows of 100 on the stage, where the flag about the 20 sits beside the hostages instead of under them.
import { point, rect, tenth, type Point, type Rect } from '../geometry';
import type { DiagramFormat } from '../format';
import type { Gutter } from '../markers';
import { textWidth, wrapText } from '../text';
import { formatNumber } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { FrameWords } from '../frame-words';

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

/** What a format sets: the drawing's width, the squares, the type, and the room between parts. */
export interface ExchangeFormat {
	width: number;
	/** Left edge of the squares and of the text. */
	left: number;
	unit: number;
	pitch: number;
	perRow: number;
	/** Text may run up to here: on a page, up to the markers' gutter. */
	textRight: number;
	/** Names and notes; the groups' headings. */
	small: number;
	large: number;
	/** From one row of hostages to the next, and between the lines of the caption and of the flag. */
	line: number;
	/** Every gap between parts is a multiple of it. */
	space: number;
	/** Width of a thin line: the outlines of the deceased's squares and the flag's dashes. */
	stroke: number;
	/** Where the flag about the 20 goes: under the hostages (a page's column), or beside them (the stage's width). */
	flag: 'under' | 'beside';
	/** Room above the hostages' first row, between the heading and the names beside the rows. */
	rowsTop: number;
	/** Radius of the quote markers. */
	markerR: number;
}

/** Line numbers for a page are those the drawing has always had; the stage's are at least 24 units, its squares 8. */
export const FORMATS: Record<DiagramFormat, ExchangeFormat> = {
	page: {
		width: WIDTH,
		left: LEFT,
		unit: UNIT,
		pitch: PITCH,
		perRow: PER_ROW,
		textRight: GUTTER.x - GUTTER.r - 6,
		small: 14,
		large: 16,
		line: 18,
		space: 1,
		stroke: 1,
		flag: 'under',
		rowsTop: 0,
		markerR: GUTTER.r
	},
	// 100 to a row fills the stage's width (12 + 100 × 10 = 1012), leaving a margin on the right for the markers.
	stage: {
		width: 1100,
		left: 12,
		unit: 8,
		pitch: 10,
		perRow: 100,
		textRight: 12 + 100 * 10,
		small: 24,
		large: 28,
		line: 34,
		space: 2,
		stroke: 1.6,
		flag: 'beside',
		// Free: the flag beside the rows is taller than the heading and the rows.
		rowsTop: 8,
		markerR: 22
	}
};

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
	words: FrameWords;
	/** Side of one square, and the distance from one square to the next. */
	unit: number;
	pitch: number;
	/** Width of a thin line; frames are half as wide again. */
	stroke: number;
	blocks: UnitBlock[];
	texts: TextLine[];
	/** The box that flags the articles' disagreement about the 20. */
	flag: Rect & { lines: TextLine[] };
	/** The 1 : 15 glyph beside the remains: one outlined square, a colon (at `size`), fifteen outlined squares. */
	ratio: {
		one: { x: number; y: number };
		fifteen: { x: number; y: number }[];
		colonX: number;
		y: number;
		size: number;
	};
	/** Each step's caption, in lines: they sit at the top, in room kept for the longest. */
	captions: Record<ExchangeStep, string[]>;
	/** Where the caption's lines start, their size and the distance from one baseline to the next. */
	captionText: { x: number; size: number; line: number };
	captionTop: number;
	captionBottom: number;
}

/** Positions of the squares of one block, filling rows from the left: 50 to a row, the page's rows, by default. */
export function unitGrid(
	count: number,
	x: number,
	y: number,
	perRow = PER_ROW,
	pitch = PITCH
): { x: number; y: number }[] {
	return Array.from({ length: count }, (_, i) => point(x + (i % perRow) * pitch, y + Math.floor(i / perRow) * pitch));
}

function block(
	f: ExchangeFormat,
	id: BlockId,
	count: number,
	style: UnitBlock['style'],
	x: number,
	y: number,
	perUnit: boolean
): UnitBlock {
	const { unit, pitch, perRow, space } = f;
	const full = Math.floor(count / perRow);
	const rest = count % perRow;
	const rows = full + (rest ? 1 : 0);
	const widthUnits = Math.min(count, perRow);
	const box = rect(
		x - 2 * space,
		y - 2 * space,
		widthUnits * pitch - (pitch - unit) + 4 * space,
		rows * pitch - (pitch - unit) + 4 * space
	);
	return {
		id,
		count,
		style,
		origin: point(x, y),
		fullRows: full ? rect(x, y, perRow * pitch, full * pitch) : null,
		lastRow: rest ? rect(x, y + full * pitch, rest * pitch, pitch) : null,
		units: perUnit ? unitGrid(count, x, y, perRow, pitch) : [],
		box,
		anchor: point(box.x + box.width, y + Math.min(rows, 3) * pitch * 0.5)
	};
}

export function deceasedCount(c: ExchangeCounts) {
	return c.held - c.alive;
}

/** What happens at each step, in one line above the drawing: it says in words what the frame means. */
export function stepCaption(step: ExchangeStep, c: ExchangeCounts, locale: Locale = 'en'): string {
	const n = formatNumber;
	switch (step) {
		case 'terms':
			return m.diagram_exchange_caption_terms({}, { locale });
		case 'hostages-released':
			return m.diagram_exchange_caption_hostages({ alive: n(c.alive) }, { locale });
		case 'prisoners-released':
			return m.diagram_exchange_caption_prisoners({ life: n(c.prisonersLife), detainees: n(c.detainees) }, { locale });
		case 'remains':
			return m.diagram_exchange_caption_remains({ ratio: n(c.remainsPerDeceased) }, { locale });
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

/** The exchange laid out for a format: on a page by default. */
export function layoutExchange(
	c: ExchangeCounts,
	format: DiagramFormat = 'page',
	locale: Locale = 'en'
): ExchangeLayout {
	const f = FORMATS[format];
	const n = formatNumber;
	const { left, unit, pitch, small, large, line, space } = f;
	const deceased = deceasedCount(c);
	const remains = deceased * c.remainsPerDeceased;
	const texts: TextLine[] = [];
	const blocks: UnitBlock[] = [];
	const captionWidth = f.width - 2 * left;
	// Text may run past the squares, up to the marker gutter.
	const headingWidth = f.textRight - left;

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
		lines.forEach((l, i) =>
			texts.push({
				id: lines.length > 1 ? `${id}-${i}` : id,
				text: l,
				x: left,
				y: tenth(y + size + i * (size + 4 * space)),
				size,
				...opts
			})
		);
		return y + lines.length * (size + 4 * space) + 2 * space;
	};

	// The caption: room for the longest of the four steps so the drawing does not move between phases.
	const captionTop = 0;
	const captions = Object.fromEntries(
		steps.map((s) => [s, wrapText(stepCaption(s, c, locale), captionWidth, small)])
	) as Record<ExchangeStep, string[]>;
	const captionLines = Math.max(...steps.map((s) => captions[s].length));
	let y = captionTop + captionLines * line + 8 * space;
	const captionBottom = y;

	// Hostages: a heading, then the living and the deceased on a row each, each with its name beside it.
	y =
		add('hostages-heading', m.diagram_exchange_hostages_heading({ count: n(c.held) }, { locale }), y, large, {
			bold: true
		}) +
		2 * space +
		f.rowsTop;
	const rows: { id: BlockId; count: number; style: UnitBlock['style']; label: string }[] = [
		{
			id: 'hostages-alive',
			count: c.alive,
			style: 'solid',
			label: m.diagram_exchange_alive_label({ count: n(c.alive) }, { locale })
		},
		{
			id: 'hostages-deceased',
			count: deceased,
			style: 'outline',
			label: m.diagram_exchange_deceased_label({ count: n(deceased) }, { locale })
		}
	];
	for (const row of rows) {
		const b = block(f, row.id, row.count, row.style, left, y, true);
		const labelX = b.box.x + b.box.width + 6 * space;
		texts.push({ id: `${row.id}-label`, text: row.label, ...point(labelX, y + unit / 2 + small * 0.35), size: small });
		// The leader line ends just after the name, so it crosses neither squares nor text.
		b.anchor = point(labelX + textWidth(row.label, small) + 8 * space, y + unit / 2);
		blocks.push(b);
		y += line;
	}

	// The flag: the two articles' readings of the same 20, quoted. Under the hostages' rows, as wide as the squares;
	// or beside them, as wide as its words, against the right edge, which leaves the markers room beside the names.
	// In Arabic and Hebrew each quote, which stays in English, has our translation on a line of its own below it.
	const flagLines = [
		m.diagram_exchange_flag_heading({ count: n(c.alive) }, { locale }),
		...m.diagram_exchange_flag_alive({}, { locale }).split('\n'),
		...m.diagram_exchange_flag_dead({}, { locale }).split('\n')
	];
	const flagHeight = flagLines.length * line + 10 * space;
	const wordsWidth = Math.max(...flagLines.map((l, i) => textWidth(l, small, i === 0))) + 16 * space;
	const flagBox =
		f.flag === 'under'
			? rect(left - 2 * space, y - 2 * space, f.perRow * pitch + 4 * space, flagHeight)
			: rect(f.width - left + 2 * space - wordsWidth, captionBottom, wordsWidth, flagHeight);
	const flagTop = f.flag === 'under' ? y - 2 * space : captionBottom;
	const flag = {
		...flagBox,
		lines: flagLines.map((text, i) => ({
			id: `flag-${i}`,
			text,
			...point(flagBox.x + 8 * space, flagTop + 5 * space + small + i * line),
			size: small,
			bold: i === 0
		}))
	};
	const flagBottom = flagTop + flag.height;

	// Prisoners serving life sentences. Beside the flag (the stage's), their heading may instead take the room left of
	// the flag's last lines, wrapped to it, where that ends higher than the heading under the flag would: the Arabic and
	// Hebrew flags are two lines longer than the English (each quote carries our translation), and would otherwise push
	// the drawing past the stage's height.
	const lifeHeading = m.diagram_exchange_life_heading({ count: n(c.prisonersLife) }, { locale });
	const headingHeight = (lines: string[]) => lines.length * (large + 4 * space) + 2 * space;
	const under = wrapText(lifeHeading, headingWidth, large, true);
	const underTop = Math.max(y - 2 * space, flagBottom) + 14 * space;
	const besideWidth = flagBox.x - left - 12 * space;
	const besideLines = wrapText(lifeHeading, besideWidth, large, true);
	// Beside, the heading sits right above its squares, which start clear of the flag.
	const besideBlock = Math.max(y + 12 * space + headingHeight(besideLines), flagBottom + 4 * space) + 2 * space;
	const headingBeside = f.flag === 'beside' && besideBlock < underTop + headingHeight(under) + 2 * space;
	y = headingBeside ? besideBlock - 2 * space - headingHeight(besideLines) : underTop;
	y =
		add('prisoners-life-heading', lifeHeading, y, large, { bold: true }, headingBeside ? besideWidth : headingWidth) +
		2 * space;
	const life = block(f, 'prisoners-life', c.prisonersLife, 'solid', left, y, false);
	blocks.push(life);
	y = life.box.y + life.box.height + 12 * space;

	// Detainees from Gaza, and the total of both groups: on the heading's line, after it, where both fit in the text's
	// width (the stage's), or else under the squares.
	const detaineesHeading = m.diagram_exchange_detainees_heading({ count: n(c.detainees) }, { locale });
	const together = m.diagram_exchange_together(
		{ total: n(c.prisonersLife + c.detainees), life: n(c.prisonersLife), detainees: n(c.detainees) },
		{ locale }
	);
	const headingEnd = left + textWidth(detaineesHeading, large, true) + 12 * space;
	const togetherBeside =
		wrapText(detaineesHeading, headingWidth, large, true).length === 1 &&
		headingEnd + textWidth(together, small) <= f.textRight;
	const headingTop = y;
	y = add('detainees-heading', detaineesHeading, y, large, { bold: true }) + 2 * space;
	if (togetherBeside)
		texts.push({
			id: 'prisoners-total',
			text: together,
			x: tenth(headingEnd),
			y: tenth(headingTop + large),
			size: small,
			muted: true
		});
	const detainees = block(f, 'detainees', c.detainees, 'solid', left, y, false);
	blocks.push(detainees);
	y = detainees.box.y + detainees.box.height + 2 * space;
	if (!togetherBeside) y = add('prisoners-total', together, y, small, { muted: true });
	y += 10 * space;

	// Remains: the heading, the 1 : 15 glyph with its words, then the block itself.
	y =
		add(
			'remains-heading',
			m.diagram_exchange_remains_heading(
				{ remains: n(remains), deceased: n(deceased), ratio: n(c.remainsPerDeceased) },
				{ locale }
			),
			y,
			large,
			{
				bold: true
			}
		) +
		2 * space;
	const glyphY = y + 4 * space;
	const one = point(left, glyphY);
	const colonX = tenth(left + pitch + 6 * space);
	const fifteen = unitGrid(c.remainsPerDeceased, colonX + 6 * space, glyphY, c.remainsPerDeceased, pitch);
	const glyphEnd = colonX + 6 * space + c.remainsPerDeceased * pitch + 6 * space;
	texts.push({
		id: 'remains-rule',
		text: m.diagram_exchange_remains_rule({ ratio: n(c.remainsPerDeceased) }, { locale }),
		...point(glyphEnd, glyphY + unit / 2 + small * 0.35),
		size: small
	});
	y += line + 4 * space;
	const remainsBlock = block(f, 'remains', remains, 'outline', left, y, false);
	blocks.push(remainsBlock);
	y = remainsBlock.box.y + remainsBlock.box.height + 4 * space;

	return {
		words: {
			title: m.diagram_exchange_title({}, { locale }),
			caveat: m.diagram_exchange_caveat({}, { locale }),
			svgTitle: m.diagram_exchange_svg_title({}, { locale })
		},
		width: f.width,
		height: Math.ceil(y),
		unit,
		pitch,
		stroke: f.stroke,
		blocks,
		texts,
		flag,
		ratio: { one, fifteen, colonX, y: tenth(glyphY + unit / 2), size: small },
		captions,
		captionText: { x: left, size: small, line },
		captionTop,
		captionBottom: tenth(captionBottom)
	};
}
