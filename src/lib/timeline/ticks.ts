// The axis's labels and grid: the plan's day, each day of the talks week, each month after, the years and the last
// day, kept only where they fit without touching at the narrowest width the axis is drawn (they only move apart wider).
import { utcDay, utcMonth } from 'd3';
import { partialDateText } from '$lib/format/format';
import { TALKS_WEEK, type TimeAxis } from './axis';

export interface AxisLabel {
	/** Share of the axis's width, 0 to 1. */
	x: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
	/** 0: days and months; 1: the first and last days, and the years between. */
	row: 0 | 1;
}

export interface GridLine {
	x: number;
	/** A month's start (drawn stronger) or a day's, in the talks week. */
	major: boolean;
}

/** A label candidate: the lower its rank, the sooner it is placed. */
interface Candidate extends AxisLabel {
	rank: number;
}

/** Label size in pixels, and the width a character takes at most in the system sans-serif, as a share of it. */
export const LABEL_FONT = 12;
const CHAR_WIDTH = 0.62;
/** Space kept clear between two labels on a row. */
const LABEL_GAP = 6;

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** A month's name alone, as the edition writes it without a day: "Nov", "نوفمبر", "נובמבר". */
const monthName = (day: string) => partialDateText(day.slice(0, 7)).split(' ')[0];

/** Where a label's text runs, in pixels, on an axis `width` pixels wide. */
export function labelExtent(label: AxisLabel, width: number): [number, number] {
	const w = label.text.length * LABEL_FONT * CHAR_WIDTH;
	const x = label.x * width;
	if (label.anchor === 'start') return [x, x + w];
	if (label.anchor === 'end') return [x - w, x];
	return [x - w / 2, x + w / 2];
}

/** Places candidates by rank, each where it touches none already placed on its row; returns them left to right. */
export function placeLabels(candidates: Candidate[], width: number): AxisLabel[] {
	const placed: AxisLabel[] = [];
	for (const candidate of [...candidates].sort((a, b) => a.rank - b.rank)) {
		const [left, right] = labelExtent(candidate, width);
		const clear = placed.every((p) => {
			if (p.row !== candidate.row) return true;
			const [l, r] = labelExtent(p, width);
			return right + LABEL_GAP <= l || left >= r + LABEL_GAP;
		});
		if (clear && left >= 0 && right <= width) {
			const { rank: _, ...label } = candidate;
			placed.push(label);
		}
	}
	return placed.sort((a, b) => a.row - b.row || a.x - b.x);
}

/**
 * The labels that fit at `width` pixels, and the grid: each month's start and each day of the talks week.
 */
export function axisTicks(axis: TimeAxis, width: number): { labels: AxisLabel[]; grid: GridLine[] } {
	const first = new Date(`${axis.first}T00:00:00Z`);
	const afterLast = utcDay.offset(new Date(`${axis.last}T00:00:00Z`), 1);
	const talksDays = utcDay
		.range(new Date(`${TALKS_WEEK.from}T00:00:00Z`), utcDay.offset(new Date(`${TALKS_WEEK.through}T00:00:00Z`), 1))
		.map(iso);
	const months = utcMonth.range(utcMonth.ceil(first), afterLast).map(iso);

	const candidates: Candidate[] = [
		// The first and last days in full, on the years' row: the days' row is crowded at both ends.
		{ x: 0, text: partialDateText(axis.first), anchor: 'start', row: 1, rank: 0 },
		{ x: 1, text: partialDateText(axis.last), anchor: 'end', row: 1, rank: 0 },
		// Every other day of the talks by number, in the middle of its day: all nine do not fit at the narrowest width,
		// and a label shown at one width must be shown at every width.
		...talksDays
			.filter((_, i) => i % 2 === 0)
			.map((day): Candidate => ({
				x: (axis.start(day) + axis.end(day)) / 2,
				text: String(Number(day.slice(8))),
				anchor: 'middle',
				row: 0,
				rank: 1
			})),
		// Months after the talks, named just after their first day; a new year also on the row below.
		...months
			.filter((day) => day > TALKS_WEEK.through)
			.flatMap((day): Candidate[] => {
				const x = axis.start(day);
				const month: Candidate = { x, text: monthName(day), anchor: 'start', row: 0, rank: 2 };
				return day.endsWith('-01-01')
					? [month, { x, text: day.slice(0, 4), anchor: 'start', row: 1, rank: 0 }]
					: [month];
			})
	];
	const grid: GridLine[] = [
		...months.map((day) => ({ x: axis.start(day), major: true })),
		...talksDays.map((day) => ({ x: axis.start(day), major: false })),
		{ x: axis.end(TALKS_WEEK.through), major: false }
	].sort((a, b) => a.x - b.x);
	return { labels: placeLabels(candidates, width), grid };
}
