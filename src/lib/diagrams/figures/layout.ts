// Lays out the figures ledger once, at build time, in the edition's words: one row per figure, each source's value as
// a lettered mark on the row's own scale; on a page the reason the values differ goes under each row, on the stage
// beside it.
import { scaleLinear } from 'd3';
import type { Content, Figure, Phase } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { DiagramFormat } from '../format';
import { point, tenth, type Point } from '../geometry';
import type { Gutter } from '../markers';
import { textWidth, wrapText } from '../text';
import { isolatedLines } from './isolates';
import { punctuation } from '$lib/editions/punctuation';
import { pillWidth } from './text';
import { formatNumber } from '$lib/format/format';

export const WIDTH = 400;
const LEFT = 8;
/** The axis and the marks stay left of the marker gutter. */
export const AXIS_RIGHT = 352;
export const MARKS_RIGHT = 362;
/** Quote markers stack in the right-hand gutter, level with their row's title. */
export const GUTTER = { x: 382, r: 13, gap: 4 } satisfies Gutter;

/** What a format sets: the drawing's width, where its parts run to, its type and the room between its parts. */
export interface FiguresFormat {
	width: number;
	left: number;
	axisRight: number;
	marksRight: number;
	/** Quote markers stack here, level with their row's title; titles stop short of it. */
	gutter: Gutter;
	textRight: number;
	/** The legend's lines run up to here. */
	legendRight: number;
	/** The marks' and the legend's text, the axes' labels and the reasons; the rows' titles. */
	small: number;
	large: number;
	/** Height of a lettered mark; its ends are round. */
	pill: number;
	/** From one baseline to the next: the titles, the reasons, the legend's lines. */
	titleLine: number;
	reasonLine: number;
	legendLine: number;
	/** The middle of the legend's first line. */
	legendTop: number;
	/** Between a legend's letter and its label, and between two entries. */
	legendGap: number;
	legendSpacing: number;
	/** Under the legend, under a title, under the marks, under a row's last line, between rows, at the foot. */
	belowLegend: number;
	belowTitle: number;
	belowMarks: number;
	belowRow: number;
	rowGap: number;
	foot: number;
	/** From the axis down to its labels' baseline. */
	labelDrop: number;
	/** From the end of a row's title to the point its marker's leader runs to. */
	anchorGap: number;
	/** The axis's end ticks, the dot of a value on it, the bar by a row in focus, and a thin line's width. */
	tick: number;
	dot: number;
	bar: number;
	stroke: number;
	/** The reason the values differ: under the row (a page's column), or beside it (the stage's width). */
	reason: 'under' | 'beside';
}

export const FORMATS: Record<DiagramFormat, FiguresFormat> = {
	// The numbers the page's drawing has always had.
	page: {
		width: WIDTH,
		left: LEFT,
		axisRight: AXIS_RIGHT,
		marksRight: MARKS_RIGHT,
		gutter: GUTTER,
		textRight: GUTTER.x - GUTTER.r - 6,
		legendRight: GUTTER.x - GUTTER.r - 6,
		small: 14,
		large: 16,
		pill: 22,
		titleLine: 20,
		reasonLine: 18,
		legendLine: 28,
		legendTop: 12,
		legendGap: 6,
		legendSpacing: 14,
		belowLegend: 14,
		belowTitle: 4,
		belowMarks: 8,
		belowRow: 6,
		rowGap: 14,
		foot: 4,
		labelDrop: 16,
		anchorGap: 8,
		tick: 4,
		dot: 3,
		bar: 3,
		stroke: 1,
		reason: 'under'
	},
	// Every text at 24 units or more. Each row takes one band of the width: its title, marks and axis on the left
	// (axis 606 long), the markers' gutter, then its reason; the legend runs along the top on one line.
	stage: {
		width: 1100,
		left: 10,
		axisRight: 606,
		marksRight: 624,
		gutter: { x: 654, r: 22, gap: 6 },
		textRight: 626,
		legendRight: 1092,
		small: 24,
		large: 28,
		pill: 34,
		titleLine: 34,
		reasonLine: 30,
		legendLine: 44,
		legendTop: 19,
		legendGap: 10,
		legendSpacing: 32,
		belowLegend: 18,
		belowTitle: 6,
		belowMarks: 10,
		belowRow: 8,
		rowGap: 18,
		foot: 6,
		labelDrop: 26,
		anchorGap: 12,
		tick: 7,
		dot: 5,
		bar: 5,
		stroke: 1.6,
		reason: 'beside'
	}
};

/**
 * A row draws one figure; `within` names a figure that gives its scale (e.g. the believed alive out of the 48 held).
 */
export interface RowPlan {
	figure: string;
	within?: string;
}

/** The rows drawn whatever the phase: the figures the articles disagree on, and the ones the exchange turns on. */
export const DEFAULT_ROWS: RowPlan[] = [
	{ figure: 'killed-7-october' },
	{ figure: 'hostages-alive', within: 'hostages-held' },
	{ figure: 'palestinians-killed' },
	{ figure: 'prisoners-total' },
	{ figure: 'share-held' }
];

/** The default rows that exist, plus a row for any other figure the phases point at, in ledger order. */
export function planRows(figures: Figure[], referenced: string[], defaults = DEFAULT_ROWS): RowPlan[] {
	const known = new Set(figures.map((f) => f.id));
	const rows = defaults.filter((r) => known.has(r.figure) && (!r.within || known.has(r.within)));
	const covered = new Set(rows.flatMap((r) => [r.figure, r.within ?? r.figure]));
	for (const id of referenced) {
		if (!known.has(id) || covered.has(id)) continue;
		rows.push({ figure: id });
		covered.add(id);
	}
	const order = new Map(figures.map((f, i) => [f.id, i]));
	return rows.sort((a, b) => order.get(a.figure)! - order.get(b.figure)!);
}

/**
 * Every figure any phase's figures diagram focuses on or anchors a quote to: drawn in every phase, so rows never jump.
 */
export function referencedFigures(phases: Phase[]): string[] {
	return phases.flatMap((p) =>
		p.diagrams.flatMap((d) => (d.kind === 'figures' ? [...d.focus, ...d.annotations.map((a) => a.anchor)] : []))
	);
}

export function figureRows(content: Pick<Content, 'figures' | 'phases'>): RowPlan[] {
	return planRows(content.figures, referencedFigures(content.phases));
}

export interface RowScale {
	domain: [number, number];
	/** True when the axis does not start at zero, to show a small spread between large numbers. */
	zoomed: boolean;
}

/**
 * The row's own scale. Shares run 0–100 %. Values that sit close together (spread under a quarter of the largest)
 * get a zoomed axis around them, padded by 30 % of the spread and rounded; anything else runs from zero.
 */
export function rowScale(values: number[], unit: string, within?: number): RowScale {
	if (within !== undefined) return { domain: [0, within], zoomed: false };
	if (unit.includes('%')) return { domain: [0, 100], zoomed: false };
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	const spread = hi - lo;
	if (lo > 0 && spread > 0 && spread < hi * 0.25) {
		const pad = spread * 0.3;
		const [a, b] = scaleLinear()
			.domain([lo - pad, hi + pad])
			.nice(4)
			.domain();
		return { domain: [a, b], zoomed: true };
	}
	const [, top] = scaleLinear().domain([0, hi]).nice(4).domain();
	return { domain: [0, top], zoomed: false };
}

/**
 * Centres for items along a line, in their order, so that none overlap and all stay within [lo, hi]: items that
 * would overlap form a cluster centred on where its items want to be (the classic label-dodging approach).
 */
export function dodge(items: { x: number; width: number }[], lo: number, hi: number, gap = 4): number[] {
	const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x || a - b);
	type Cluster = { members: number[]; width: number; want: number; start: number };
	const place = (c: Cluster) => {
		c.start = Math.min(Math.max(c.want - c.width / 2, lo), hi - c.width);
	};
	const clusters: Cluster[] = [];
	for (const i of order) {
		let c: Cluster = { members: [i], width: items[i].width, want: items[i].x, start: 0 };
		place(c);
		while (
			clusters.length &&
			clusters[clusters.length - 1].start + clusters[clusters.length - 1].width + gap > c.start
		) {
			const prev = clusters.pop()!;
			const members = [...prev.members, ...c.members];
			const width = prev.width + gap + c.width;
			// Centre the merged cluster on the mean of its items' wanted positions, shifted by their offsets.
			let offset = 0;
			let sum = 0;
			for (const m of members) {
				sum += items[m].x - (offset + items[m].width / 2);
				offset += items[m].width + gap;
			}
			c = { members, width, want: sum / members.length + width / 2, start: 0 };
			place(c);
		}
		clusters.push(c);
	}
	const pos = items.map((item) => item.x);
	for (const c of clusters) {
		let x = c.start;
		for (const m of c.members) {
			pos[m] = x + items[m].width / 2;
			x += items[m].width + gap;
		}
	}
	return pos;
}

const withUnit = (n: number, unit: string) => (unit.includes('%') ? `${formatNumber(n)}%` : formatNumber(n));

/**
 * The first sentence of the figure's note (or caveat): the short reason drawn under its row. A sentence ends where the
 * next begins with a capital, a digit or a quotation, or an Arabic or Hebrew letter (which have no capitals).
 */
export function reasonOf(f: Figure): string {
	const text = f.note ?? f.caveat ?? '';
	return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“\u2066\p{Script=Arabic}\p{Script=Hebrew}])/u)[0] ?? '';
}

export interface TextLine {
	text: string;
	x: number;
	y: number;
}

export interface FigureMark {
	/** The sources giving this value, e.g. ['article-c', 'article-d'] when two agree. */
	sources: string[];
	letters: string;
	value: number;
	/** The value as drawn, e.g. "67,160" or "25%"; `text` is the whole mark, letters first. */
	valueText: string;
	text: string;
	/** Where the value sits on the axis, and where its mark is drawn (pushed aside if marks would overlap). */
	trueX: number;
	x: number;
	width: number;
}

export interface FigureRowLayout {
	id: string;
	/**
	 * Figure ids a quote or the focus can point at to reach this row: its own, then the one that gives its scale, if any.
	 */
	figures: string[];
	scale: RowScale;
	top: number;
	height: number;
	title: TextLine[];
	pillY: number;
	axisY: number;
	axis: { x0: number; x1: number; left: string; right: string; note: string };
	marks: FigureMark[];
	reason: TextLine[];
	/** Where a note's marker points: just after the title. */
	anchor: Point;
}

/** The sizes the components draw with: type, marks, ticks and lines, as the format sets them. */
export type FiguresSizes = Pick<
	FiguresFormat,
	'small' | 'large' | 'pill' | 'labelDrop' | 'tick' | 'dot' | 'bar' | 'stroke'
>;

export interface FiguresLayout {
	width: number;
	height: number;
	sizes: FiguresSizes;
	legend: { letter: string; label: string; x: number; textX: number; y: number }[];
	rows: FigureRowLayout[];
	/** The frame's title and caveat and the drawing's own title, in the edition's language. */
	words: { title: string; caveat: string; drawingTitle: string };
}

export interface FiguresInput {
	figures: Record<string, Figure>;
	rows: RowPlan[];
	/** Each source id's short letter and label, in legend order. */
	sources: { id: string; letter: string; label: string }[];
}

/** The figures laid out for a format (on a page by default) and an edition. */
export function layoutFigures(
	{ figures, rows, sources }: FiguresInput,
	format: DiagramFormat = 'page',
	locale: Locale = 'en'
): FiguresLayout {
	const f = FORMATS[format];
	const { left, small, large, pill } = f;
	// The plan's own number is marked with its name where an article's is with its letter.
	const plan = m.figures_plan_mark({}, { locale });
	const letterOf: Record<string, string> = { plan, ...Object.fromEntries(sources.map((s) => [s.id, s.letter])) };
	const pillOf = (text: string) => pillWidth(text, small);

	// The legend: each letter in its mark with the article it stands for, on as few lines as fit, evenly filled.
	const itemWidth = (s: { letter: string; label: string }) =>
		pillOf(s.letter) + f.legendGap + textWidth(s.label, small) + f.legendSpacing;
	let perLine = sources.length;
	while (perLine > 1) {
		const lines = Array.from({ length: Math.ceil(sources.length / perLine) }, (_, i) =>
			sources.slice(i * perLine, (i + 1) * perLine)
		);
		if (lines.every((line) => left + line.reduce((w, s) => w + itemWidth(s), 0) - f.legendSpacing <= f.legendRight))
			break;
		perLine = Math.ceil(sources.length / (Math.ceil(sources.length / perLine) + 1));
	}
	const legend: FiguresLayout['legend'] = [];
	let lx = left;
	let ly = f.legendTop;
	sources.forEach((s, i) => {
		if (i > 0 && i % perLine === 0) {
			lx = left;
			ly += f.legendLine;
		}
		legend.push({
			letter: s.letter,
			label: s.label,
			x: tenth(lx + pillOf(s.letter) / 2),
			textX: tenth(lx + pillOf(s.letter) + f.legendGap),
			y: ly
		});
		lx += itemWidth(s);
	});
	let y = ly + pill / 2 + f.belowLegend;
	// The reason under the row, as wide as the title; or beside it, right of the markers' gutter.
	const reasonX = f.reason === 'under' ? left : f.gutter.x + f.gutter.r + 18;
	const reasonWidth = f.reason === 'under' ? f.textRight - left : f.width - left - reasonX;

	const laid = rows.map((plan): FigureRowLayout => {
		const figure = figures[plan.figure];
		const within = plan.within ? figures[plan.within] : undefined;
		const withinValue = within?.values[0].value;
		const top = y;
		const titleText = within
			? m.figures_title_within({ label: figure.label, count: withinValue! }, { locale })
			: figure.label;
		const titleLines = wrapText(titleText, f.textRight - left, large, true);
		const title = titleLines.map((text, i) => ({ text, ...point(left, top + large + i * f.titleLine) }));
		const pillY = tenth(top + titleLines.length * f.titleLine + f.belowTitle + pill / 2);
		const axisY = tenth(pillY + pill / 2 + f.belowMarks);

		const scale = rowScale(
			figure.values.map((v) => v.value),
			figure.unit,
			withinValue
		);
		const x = scaleLinear().domain(scale.domain).range([left, f.axisRight]);

		// Sources that give the same value share one mark: "C D 67,160".
		const groups = new Map<number, string[]>();
		for (const v of figure.values) groups.set(v.value, [...(groups.get(v.value) ?? []), v.source ?? 'plan']);
		const marks = [...groups].map(([value, ids]) => {
			const letters = ids.map((id) => letterOf[id] ?? id).join(' ');
			const valueText = withUnit(value, figure.unit);
			const text = `${letters} ${valueText}`;
			const at = tenth(x(value));
			return { sources: ids, letters, value, valueText, text, trueX: at, x: at, width: tenth(pillOf(text)) };
		});
		const centres = dodge(marks, left, f.marksRight, (4 * small) / 14);
		marks.forEach((m, i) => (m.x = tenth(centres[i])));

		const heldBy = within ? within.values.map((v) => letterOf[v.source ?? 'plan']).join(punctuation(locale).comma) : '';
		const axis = {
			x0: left,
			x1: f.axisRight,
			left: withUnit(scale.domain[0], figure.unit),
			right: within
				? m.figures_axis_held({ count: withinValue!, by: heldBy }, { locale })
				: withUnit(scale.domain[1], figure.unit),
			note: scale.zoomed ? m.figures_zoomed({}, { locale }) : ''
		};
		const reasonLines = isolatedLines(wrapText(reasonOf(figure), reasonWidth, small));
		// Under the axis's labels; or level with the title.
		const reasonTop = f.reason === 'under' ? axisY + f.labelDrop + f.reasonLine : top + large;
		const reason = reasonLines.map((text, i) => ({ text, ...point(reasonX, reasonTop + i * f.reasonLine) }));
		const lastLine = Math.max(reasonTop + (reasonLines.length - 1) * f.reasonLine, axisY + f.labelDrop);
		y = lastLine + f.belowRow + f.rowGap;
		const lastTitle = title[title.length - 1];
		return {
			id: plan.figure,
			figures: plan.within ? [plan.figure, plan.within] : [plan.figure],
			scale,
			top: tenth(top),
			height: tenth(y - f.rowGap - top),
			title,
			pillY,
			axisY,
			axis,
			marks,
			reason,
			anchor: point(
				Math.min(left + textWidth(lastTitle.text, large, true) + f.anchorGap, f.textRight),
				lastTitle.y - large * 0.35
			)
		};
	});
	const { labelDrop, tick, dot, bar, stroke } = f;
	return {
		width: f.width,
		height: Math.ceil(y - f.rowGap + f.foot),
		sizes: { small, large, pill, labelDrop, tick, dot, bar, stroke },
		legend,
		rows: laid,
		words: {
			title: m.figures_title({}, { locale }),
			caveat: m.figures_caveat({}, { locale }),
			drawingTitle: m.figures_drawing_title({}, { locale })
		}
	};
}
