// Lays out what happened in the exchange over the plan's terms, to the plan drawing's scale: one square per person,
// 50 to a row. Each group's squares run to the plan's number; those past it are framed, those short of it dotted. A
// time strip (a d3 time scale) sets the plan's 72 hours beside the months the remains took.
import { scaleUtc, utcMonth } from 'd3';
import { formatNumber, monthNames, partialDateText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { point, rect, tenth, type Rect } from '../geometry';
import { textWidth, wrapText } from '../text';
import { GRID_RIGHT, PER_ROW, PITCH, UNIT, WIDTH, type TextLine } from './layout';

/** The squares' left edge, as in the plan's drawing. */
const LEFT = 6;
const SMALL = 14;
/** The month names under the time strip (ExchangeSince.svelte's .tick), and the room kept before the next tick. */
const TICK = 14;
const TICK_GAP = 8;
const LARGE = 16;
const LINE = 18;

export type SinceBlockId = 'living' | 'deceased' | 'life' | 'detainees' | 'bodies';
/** Squares the plan set that happened, squares past the plan's number, squares of the plan's number not reported. */
export type SquareLook = 'kept' | 'beyond' | 'short';

export interface SquareRun {
	look: SquareLook;
	/** At most three rectangles: the end of a row, whole rows, the start of a row; patterns draw their squares. */
	rects: Rect[];
	count: number;
}

export interface SinceBlock {
	id: SinceBlockId;
	/** Solid for the living, outlined for the dead, as in the plan's drawing. */
	style: 'solid' | 'outline';
	tone: 'hostage' | 'prisoner';
	/** The corner the squares' patterns are aligned to. */
	origin: { x: number; y: number };
	plan: number;
	happened: number;
	runs: SquareRun[];
	/** The frame round the squares past the plan's number, if any. */
	beyondFrame: Rect[];
}

/** A bar on the time strip, from one day to another. */
export interface TimeBar {
	id: 'plan' | 'happened';
	x1: number;
	x2: number;
	y: number;
	height: number;
}

export interface ExchangeSinceLayout {
	width: number;
	height: number;
	caption: string[];
	blocks: SinceBlock[];
	texts: TextLine[];
	strip: {
		bars: TimeBar[];
		/** Where the living hostages were freed, on the bar of what happened. */
		freed: { x: number; y: number };
		axis: { x1: number; x2: number; y: number };
		/** Where each month starts, and its name. */
		ticks: { x: number; label: string }[];
	};
}

/** The numbers and days (YYYY-MM-DD) the drawing is made of, read from the content. */
export interface ExchangeSinceCounts {
	living: { plan: number; freed: number; on: string };
	deceased: { plan: number; returned: number; last: string };
	/** The plan's deadline in hours, and the day its count began. */
	deadline: { hours: number; from: string };
	life: { plan: number; released: number };
	detainees: { plan: number; released: number };
	/** When the prisoners and detainees were released, and whose count it is. */
	released: { on: string; by: string };
	bodies: { plan: number; returned: number; by: string; on: string };
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY = 86_400_000;
const numberWords = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

/**
 * "about three and a half months" from one day to another, to the nearest half month; "12 days" under a month. English
 * spells the number of months out up to eleven; Arabic and Hebrew write it in digits, with the plural their words take.
 */
export function timeTaken(from: string, to: string, locale: Locale = 'en'): string {
	const days = Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / DAY);
	const halves = Math.round((days / 30.44) * 2);
	if (halves < 2) return m.diagram_exchange_days({ count: days }, { locale });
	const whole = Math.floor(halves / 2);
	const half = halves % 2 === 1;
	if (locale === 'en' && whole > 1 && whole < numberWords.length)
		return `about ${numberWords[whole]}${half ? ' and a half' : ''} months`;
	return (half ? m.diagram_exchange_about_months_half : m.diagram_exchange_about_months)({ count: whole }, { locale });
}

/** The squares from `from` to `from + count` of a grid 50 wide: the rest of a row, whole rows, the start of a row. */
export function squareRects(x: number, y: number, from: number, count: number): Rect[] {
	const rects: Rect[] = [];
	let i = from;
	const end = from + count;
	while (i < end) {
		const col = i % PER_ROW;
		const row = Math.floor(i / PER_ROW);
		// Whole rows at once where a run starts a row and fills it.
		const rows = col === 0 ? Math.floor((end - i) / PER_ROW) : 0;
		const n = rows ? rows * PER_ROW : Math.min(PER_ROW - col, end - i);
		rects.push(
			rows
				? rect(x, y + row * PITCH, PER_ROW * PITCH, rows * PITCH)
				: rect(x + col * PITCH, y + row * PITCH, n * PITCH, PITCH)
		);
		i += n;
	}
	return rects;
}

function sinceBlock(
	id: SinceBlockId,
	style: SinceBlock['style'],
	tone: SinceBlock['tone'],
	plan: number,
	happened: number,
	y: number
): SinceBlock {
	const kept = Math.min(plan, happened);
	const rest = Math.abs(happened - plan);
	const look: SquareLook = happened > plan ? 'beyond' : 'short';
	const runs: SquareRun[] = [{ look: 'kept', count: kept, rects: squareRects(LEFT, y, 0, kept) }];
	if (rest) runs.push({ look, count: rest, rects: squareRects(LEFT, y, kept, rest) });
	const beyond = look === 'beyond' ? (runs[1]?.rects ?? []) : [];
	return {
		id,
		style,
		tone,
		origin: point(LEFT, y),
		plan,
		happened,
		runs,
		beyondFrame: beyond.map((r) =>
			rect(r.x - 1.5, r.y - 1.5, r.width - (PITCH - UNIT) + 3, r.height - (PITCH - UNIT) + 3)
		)
	};
}

/** How many rows of 50 a number of squares takes. */
const rowsOf = (n: number) => Math.ceil(n / PER_ROW);

export function layoutExchangeSince(c: ExchangeSinceCounts, locale: Locale = 'en'): ExchangeSinceLayout {
	const words = { locale };
	const texts: TextLine[] = [];
	const blocks: SinceBlock[] = [];
	const width = WIDTH - 2 * LEFT;

	/** Adds a wrapped text at `y` (its box's top) and returns the y below it. */
	const add = (id: string, text: string, y: number, size: number, opts: Partial<TextLine> = {}) => {
		const lines = wrapText(text, width, size, opts.bold);
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
	/** Adds a group's squares at `y` and returns the y below them. */
	const addBlock = (...args: Parameters<typeof sinceBlock>) => {
		const b = sinceBlock(...args);
		blocks.push(b);
		return args[5] + rowsOf(Math.max(b.plan, b.happened)) * PITCH;
	};
	/** Words beside a group's last square (past or short of the plan's number), or below it where they do not fit. */
	const addBeside = (b: SinceBlock, id: string, text: string, below: number) => {
		const total = Math.max(b.plan, b.happened);
		const lastRowY = b.origin.y + (rowsOf(total) - 1) * PITCH;
		const x = LEFT + (total % PER_ROW || PER_ROW) * PITCH + 8;
		if (x + textWidth(text, SMALL) <= WIDTH - LEFT) {
			// Level with a lone row's middle; under a row above, level with the last row's top, clear of the row above.
			const baseline = rowsOf(total) > 1 ? lastRowY + SMALL * 0.8 : lastRowY + UNIT / 2 + SMALL * 0.35;
			texts.push({ id, text, ...point(x, baseline), size: SMALL });
			return Math.max(below, baseline + SMALL * 0.3 + 4);
		}
		return add(id, text, below, SMALL);
	};
	const n = formatNumber;
	const on = (day: string) => partialDateText(day, locale);

	const caption = wrapText(m.diagram_exchange_since_caption({}, words), width, SMALL);
	let y = caption.length * LINE + 8;

	// The hostages: the living freed and the dead returned, each row named beside its squares; then the time they took
	// beside the plan's deadline.
	y = add(
		'hostages-heading',
		m.diagram_exchange_since_hostages(
			{ total: n(c.living.plan + c.deceased.plan), living: n(c.living.plan), deceased: n(c.deceased.plan) },
			words
		),
		y,
		LARGE,
		{ bold: true }
	);
	const living = sinceBlock('living', 'solid', 'hostage', c.living.plan, c.living.freed, y + 2);
	blocks.push(living);
	const freed = m.diagram_exchange_freed_on({ count: n(c.living.freed), date: on(c.living.on) }, words);
	y = addBeside(living, 'living-label', freed, y + 2 + PITCH) + 8;
	const deceased = sinceBlock('deceased', 'outline', 'hostage', c.deceased.plan, c.deceased.returned, y);
	blocks.push(deceased);
	const returned = m.diagram_exchange_returned_by({ count: n(c.deceased.returned), date: on(c.deceased.last) }, words);
	y = addBeside(deceased, 'deceased-label', returned, y + PITCH);
	const time = timeStrip(c, y + 12, add, locale);
	y = time.bottom + 14;

	// Prisoners serving life sentences and detainees from Gaza: the number released over the plan's.
	y = add('life-heading', m.diagram_exchange_row_life_short({}, words), y, LARGE, { bold: true });
	y = add(
		'life-label',
		m.diagram_exchange_released_plan(
			{ count: n(c.life.released), date: on(c.released.on), plan: n(c.life.plan) },
			words
		),
		y,
		SMALL
	);
	y = addBlock('life', 'solid', 'prisoner', c.life.plan, c.life.released, y + 2) + 12;
	y = add('detainees-heading', m.diagram_exchange_row_detainees({}, words), y, LARGE, { bold: true });
	y = add(
		'detainees-label',
		m.diagram_exchange_released_plan(
			{ count: n(c.detainees.released), date: on(c.released.on), plan: n(c.detainees.plan) },
			words
		),
		y,
		SMALL
	);
	y = addBlock('detainees', 'solid', 'prisoner', c.detainees.plan, c.detainees.released, y + 2) + 4;
	const diff = c.detainees.released - c.detainees.plan;
	if (diff)
		y = addBeside(
			blocks[blocks.length - 1],
			'detainees-rest',
			(diff > 0 ? m.diagram_exchange_more_than_plan : m.diagram_exchange_fewer_than_plan)(
				{ count: n(Math.abs(diff)) },
				words
			),
			y
		);
	const inAll = m.diagram_exchange_in_all(
		{ count: n(c.life.released + c.detainees.released), by: c.released.by },
		words
	);
	y = add('released-total', inAll, y, SMALL, { muted: true });
	y += 10;

	// Palestinian bodies: the number counted returned over the number the plan's rule gives.
	y = add('bodies-heading', m.diagram_exchange_row_bodies({}, words), y, LARGE, { bold: true });
	y = add(
		'bodies-label',
		m.diagram_exchange_bodies_label(
			{ count: n(c.bodies.returned), date: on(c.bodies.on), by: c.bodies.by, plan: n(c.bodies.plan) },
			words
		),
		y,
		SMALL
	);
	y = addBlock('bodies', 'outline', 'prisoner', c.bodies.plan, c.bodies.returned, y + 2) + 4;
	const short = c.bodies.plan - c.bodies.returned;
	if (short)
		y = addBeside(
			blocks[blocks.length - 1],
			'bodies-rest',
			short > 0
				? m.diagram_exchange_short_of_rule({ count: n(short) }, words)
				: m.diagram_exchange_more_than_rule({ count: n(-short) }, words),
			y
		);

	return {
		width: WIDTH,
		height: Math.ceil(y + 4),
		caption,
		blocks,
		texts,
		strip: time.drawn
	};
}

/**
 * The plan's deadline and what happened on one time scale, from the day the deadline's count began to the last return:
 * two bars, the day the living were freed, and the months below.
 */
function timeStrip(
	c: ExchangeSinceCounts,
	top: number,
	add: (id: string, text: string, y: number, size: number, opts?: Partial<TextLine>) => number,
	locale: Locale
) {
	const words = { locale };
	const from = dayOf(c.deadline.from);
	const last = dayOf(c.deceased.last);
	const x = scaleUtc().domain([from, last]).nice(utcMonth).range([LEFT, GRID_RIGHT]);
	const deadlineEnd = new Date(from.getTime() + c.deadline.hours * 3_600_000);

	let y = add(
		'strip-plan',
		m.diagram_exchange_strip_plan({ hours: formatNumber(c.deadline.hours) }, words),
		top,
		SMALL
	);
	const plan: TimeBar = { id: 'plan', x1: tenth(x(from)), x2: tenth(x(deadlineEnd)), y: tenth(y + 1), height: 8 };
	y += 14;
	y = add(
		'strip-happened',
		m.diagram_exchange_strip_happened({ took: timeTaken(c.deadline.from, c.deceased.last, locale) }, words),
		y,
		SMALL
	);
	const happened: TimeBar = { id: 'happened', x1: tenth(x(from)), x2: tenth(x(last)), y: tenth(y + 1), height: 8 };
	const freed = point(x(dayOf(c.living.on)), y + 5);
	y += 14;
	const axisY = y;
	const [start, end] = x.domain();
	const months = utcMonth.range(start, utcMonth.offset(end, 1));
	// Each month named just right of the tick where it starts; the year with January, and with the first month where it
	// fits before the next tick. English shortens the names; Arabic and Hebrew write them whole, as their news does
	// (src/lib/format/format.ts), and the first month's year may not fit beside its longer name.
	const names = locale === 'en' ? monthNames('en').map((name) => name.slice(0, 3)) : monthNames(locale);
	const room = (i: number) => (months[i + 1] ? x(months[i + 1]) - x(months[i]) - TICK_GAP : Infinity);
	const ticks = months.map((month, i) => {
		const name = names[month.getUTCMonth()];
		const withYear = `${name} ${month.getUTCFullYear()}`;
		const yearShown = month.getUTCMonth() === 0 || (i === 0 && textWidth(withYear, TICK) <= room(i));
		return { x: tenth(x(month)), label: yearShown ? withYear : name };
	});
	return {
		drawn: { bars: [plan, happened], freed, axis: { x1: LEFT, x2: tenth(GRID_RIGHT), y: tenth(axisY) }, ticks },
		bottom: axisY + 6 + SMALL
	};
}
