// Dates as precise as the reporting allows (a day, a month or a year) and periods between two of them: where each
// starts and ends, how to order them, and which of a set of events is the latest.

/** "2026-02-02" (a day), "2025-11" (a month) or "2025" (a year). */
export type PartialDate = string;

/** Anything dated: a day, month or year, or a period from `date` to `end`. */
export interface Dated {
	date: PartialDate;
	end?: PartialDate;
}

const partial = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** True for a real calendar day, month or year written as YYYY-MM-DD, YYYY-MM or YYYY. */
export function isPartialDate(value: string): boolean {
	const match = partial.exec(value);
	if (!match) return false;
	const [, y, m, d] = match;
	if (m === undefined) return true;
	const month = Number(m);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	return day >= 1 && day <= daysIn(Number(y), month);
}

/** The first day a partial date can mean: "2025-11" → "2025-11-01". */
export function firstDay(value: PartialDate): string {
	const [, y, m = '01', d = '01'] = partial.exec(value) ?? [];
	return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean: "2025-11" → "2025-11-30", "2025" → "2025-12-31". */
export function lastDay(value: PartialDate): string {
	const [, y, m, d] = partial.exec(value) ?? [];
	if (m === undefined) return `${y}-12-31`;
	return `${y}-${m}-${d ?? pad(daysIn(Number(y), Number(m)))}`;
}

/** Where a dated thing ends: its `end`, or its date when it is not a period. */
export const endOf = (item: Dated): PartialDate => item.end ?? item.date;

/** A period ends after it starts: the end's first day falls after the start's first day. */
export function endsAfterStart(item: Dated): boolean {
	return item.end === undefined || firstDay(item.end) > firstDay(item.date);
}

/** Timeline order: by first day, then the shorter (earlier-ending) first; ties keep their order. */
export function compareDated(a: Dated, b: Dated): number {
	const byStart = firstDay(a.date).localeCompare(firstDay(b.date));
	return byStart || lastDay(endOf(a)).localeCompare(lastDay(endOf(b)));
}

/**
 * The date of the latest of these events, as precise as that event's own: the `end` of a period, else its date.
 * "Latest" is by last possible day, then by first possible day (so "2026-03-11" beats "2026-03" only if it ends later).
 * Undefined when there are no events.
 */
export function latestEventDate(events: Dated[]): PartialDate | undefined {
	let latest: PartialDate | undefined;
	for (const event of events) {
		const end = endOf(event);
		if (
			latest === undefined ||
			lastDay(end) > lastDay(latest) ||
			(lastDay(end) === lastDay(latest) && firstDay(end) > firstDay(latest))
		)
			latest = end;
	}
	return latest;
}
