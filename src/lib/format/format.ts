// Numbers and dates as the explainer writes them, spelled out here rather than by Intl: the first Intl formatter a
// page makes loads locale data, tens of milliseconds on a slow phone while it hydrates, and Node at build time and
// each browser then write them alike.

/** "1,700", "67,160", "2.5" */
export function formatNumber(n: number): string {
	const [whole, fraction] = String(Math.abs(n)).split('.');
	return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** The months' English names, January first. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function dateParts(isoDate: string) {
	const [year, month, day] = isoDate.split('-').map(Number);
	return { year, month: MONTHS[month - 1], day };
}

/** "8 Oct 2025" from "2025-10-08" */
export function shortDate(isoDate: string): string {
	const { year, month, day } = dateParts(isoDate);
	return `${day} ${month.slice(0, 3)} ${year}`;
}

/** "8 October 2025" from "2025-10-08" */
export function longDate(isoDate: string): string {
	const { year, month, day } = dateParts(isoDate);
	return `${day} ${month} ${year}`;
}

/** A span of days, written once where the two ends share it: "5–8 October 2025", "30 September – 2 October 2025". */
export function daySpanText(start: string, end: string): string {
	const a = dateParts(start);
	const b = dateParts(end);
	if (start === end) return longDate(start);
	if (a.year !== b.year) return `${longDate(start)} – ${longDate(end)}`;
	if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
	return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/** "13 Oct 2025" for a day, "Oct 2025" for a month, "2025" for a year (the precision the reporting gives). */
export function partialDateText(value: string): string {
	const [year, month, day] = value.split('-').map(Number);
	if (month === undefined) return String(year);
	const name = MONTHS[month - 1].slice(0, 3);
	return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** A date or a period as a reader reads it: "13 Oct 2025", "Oct 2025 – Jan 2026", "about Mar 2026". */
export function datedText(item: { date: string; end?: string; dateApproximate?: boolean }): string {
	const text = item.end ? `${partialDateText(item.date)} – ${partialDateText(item.end)}` : partialDateText(item.date);
	return item.dateApproximate ? `about ${text}` : text;
}
