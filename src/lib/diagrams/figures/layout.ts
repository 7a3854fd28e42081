// Lays out the figures ledger once, at build time: one row per figure,
// each source's value as a lettered mark on the row's own scale.
import { scaleLinear } from 'd3';
import type { Content, Figure, Phase } from '$lib/content/types';
import { point, tenth, type Point } from '../geometry';
import type { Gutter } from '../markers';
import { textWidth, wrapText } from '../text';
import { pillWidth } from './text';
import { formatNumber } from '$lib/format/format';

export const WIDTH = 400;
const LEFT = 8;
/** The axis and the marks stay left of the marker gutter. */
export const AXIS_RIGHT = 352;
export const MARKS_RIGHT = 362;
/** Quote markers stack in the right-hand gutter, level with their row's title. */
export const GUTTER = { x: 382, r: 13, gap: 4 } satisfies Gutter;
const TEXT_RIGHT = GUTTER.x - GUTTER.r - 6;
const PILL_H = 22;
const SMALL = 14;
const LARGE = 16;
const ROW_GAP = 14;

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

/** The first sentence of the figure's note (or caveat): the short reason drawn under its row. */
export function reasonOf(f: Figure): string {
	const text = f.note ?? f.caveat ?? '';
	return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/)[0] ?? '';
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

export interface FiguresLayout {
	width: number;
	height: number;
	legend: { letter: string; label: string; x: number; textX: number; y: number }[];
	rows: FigureRowLayout[];
}

export interface FiguresInput {
	figures: Record<string, Figure>;
	rows: RowPlan[];
	/** Each source id's short letter and label, in legend order. */
	sources: { id: string; letter: string; label: string }[];
}

export function layoutFigures({ figures, rows, sources }: FiguresInput): FiguresLayout {
	const letterOf = Object.fromEntries(sources.map((s) => [s.id, s.letter]));

	// The legend: each letter in its mark with the article it stands for, on as few lines as fit, evenly filled.
	const itemWidth = (s: { letter: string; label: string }) => pillWidth(s.letter) + 6 + textWidth(s.label, SMALL) + 14;
	let perLine = sources.length;
	while (perLine > 1) {
		const lines = Array.from({ length: Math.ceil(sources.length / perLine) }, (_, i) =>
			sources.slice(i * perLine, (i + 1) * perLine)
		);
		if (lines.every((line) => LEFT + line.reduce((w, s) => w + itemWidth(s), 0) - 14 <= TEXT_RIGHT)) break;
		perLine = Math.ceil(sources.length / (Math.ceil(sources.length / perLine) + 1));
	}
	const legend: FiguresLayout['legend'] = [];
	let lx = LEFT;
	let ly = 12;
	sources.forEach((s, i) => {
		if (i > 0 && i % perLine === 0) {
			lx = LEFT;
			ly += 28;
		}
		legend.push({
			letter: s.letter,
			label: s.label,
			x: tenth(lx + pillWidth(s.letter) / 2),
			textX: tenth(lx + pillWidth(s.letter) + 6),
			y: ly
		});
		lx += itemWidth(s);
	});
	let y = ly + PILL_H / 2 + 14;

	const laid = rows.map((plan): FigureRowLayout => {
		const f = figures[plan.figure];
		const within = plan.within ? figures[plan.within] : undefined;
		const withinValue = within?.values[0].value;
		const top = y;
		const titleText = within ? `${f.label}, of ${formatNumber(withinValue!)} held` : f.label;
		const titleLines = wrapText(titleText, TEXT_RIGHT - LEFT, LARGE, true);
		const title = titleLines.map((text, i) => ({ text, ...point(LEFT, top + LARGE + i * 20) }));
		const pillY = tenth(top + titleLines.length * 20 + 4 + PILL_H / 2);
		const axisY = tenth(pillY + PILL_H / 2 + 8);

		const scale = rowScale(
			f.values.map((v) => v.value),
			f.unit,
			withinValue
		);
		const x = scaleLinear().domain(scale.domain).range([LEFT, AXIS_RIGHT]);

		// Sources that give the same value share one mark: "C D 67,160".
		const groups = new Map<number, string[]>();
		for (const v of f.values) groups.set(v.value, [...(groups.get(v.value) ?? []), v.source ?? 'plan']);
		const marks = [...groups].map(([value, ids]) => {
			const letters = ids.map((id) => letterOf[id] ?? id).join(' ');
			const valueText = withUnit(value, f.unit);
			const text = `${letters} ${valueText}`;
			const at = tenth(x(value));
			return { sources: ids, letters, value, valueText, text, trueX: at, x: at, width: tenth(pillWidth(text)) };
		});
		const centres = dodge(marks, LEFT, MARKS_RIGHT);
		marks.forEach((m, i) => (m.x = tenth(centres[i])));

		const heldBy = within ? within.values.map((v) => (v.source ? letterOf[v.source] : 'plan')).join(', ') : '';
		const axis = {
			x0: LEFT,
			x1: AXIS_RIGHT,
			left: withUnit(scale.domain[0], f.unit),
			right: within ? `${formatNumber(withinValue!)} held (${heldBy})` : withUnit(scale.domain[1], f.unit),
			note: scale.zoomed ? 'zoomed: not from zero' : ''
		};
		const reasonLines = wrapText(reasonOf(f), TEXT_RIGHT - LEFT, SMALL);
		const reasonTop = axisY + 16 + 18;
		const reason = reasonLines.map((text, i) => ({ text, ...point(LEFT, reasonTop + i * 18) }));
		y = reasonTop + (reasonLines.length - 1) * 18 + 6 + ROW_GAP;
		const lastTitle = title[title.length - 1];
		return {
			id: plan.figure,
			figures: plan.within ? [plan.figure, plan.within] : [plan.figure],
			scale,
			top: tenth(top),
			height: tenth(y - ROW_GAP - top),
			title,
			pillY,
			axisY,
			axis,
			marks,
			reason,
			anchor: point(Math.min(LEFT + textWidth(lastTitle.text, LARGE, true) + 8, TEXT_RIGHT), lastTitle.y - LARGE * 0.35)
		};
	});
	return { width: WIDTH, height: Math.ceil(y - ROW_GAP + 4), legend, rows: laid };
}
