// The timeline's time axis: from the plan's publication to the day reporting was gathered up to, piecewise linear, so
// that the week of the talks, when something happened almost every day, is drawn wider and its days stay apart.
import { cumsum, scaleUtc, sum, utcDay } from 'd3';

/** The White House published the plan on 29 September 2025: the axis starts there; earlier events are context. */
export const PLAN_PUBLISHED = '2025-09-29';

/** The week of the talks: the US envoys sent to Egypt (5 October 2025) to the hostages' release (13 October). */
export const TALKS_WEEK = { from: '2025-10-05', through: '2025-10-13' } as const;

/**
 * How wide a day is drawn, counted in days after the talks. The scale's breaks, and so its three pieces:
 *   29 Sep 2025 (the plan)  →  5 Oct 2025 (the talks week starts): a day is 3 days wide
 *    5 Oct 2025             → 14 Oct 2025 (the day after the hostages' release): a day is 8 days wide
 *   14 Oct 2025             → the day after reporting was gathered up to (2 Jul 2026): a day is a day wide
 */
export const DAY_WIDTHS = { runUp: 3, talks: 8, after: 1 } as const;

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

export interface TimeAxis {
	/** Where a day ("2025-10-08") starts, as a share of the axis's width, 0 to 1. */
	start(day: string): number;
	/** Where a day ends: where the next day starts. */
	end(day: string): number;
	/** The first day on the axis and the last. */
	first: string;
	last: string;
}

/** The axis from the plan to `gatheredUpTo` (a day, "2026-07-01"), that day included. */
export function timeAxis(gatheredUpTo: string): TimeAxis {
	const breaks = [
		utc(PLAN_PUBLISHED),
		utc(TALKS_WEEK.from),
		utcDay.offset(utc(TALKS_WEEK.through), 1),
		utcDay.offset(utc(gatheredUpTo), 1)
	];
	if (!(breaks[2] < breaks[3])) throw new Error(`Reporting gathered up to ${gatheredUpTo}: before the talks ended`);
	const widths = [DAY_WIDTHS.runUp, DAY_WIDTHS.talks, DAY_WIDTHS.after].map(
		(perDay, i) => perDay * utcDay.count(breaks[i], breaks[i + 1])
	);
	const total = sum(widths);
	const scale = scaleUtc()
		.domain(breaks)
		.range([0, ...Array.from(cumsum(widths), (w) => w / total)])
		.clamp(true);
	return {
		start: (day) => scale(utc(day)),
		end: (day) => scale(utcDay.offset(utc(day), 1)),
		first: PLAN_PUBLISHED,
		last: gatheredUpTo
	};
}
