// Numbers and dates as the explainer writes them in each edition, spelled out here rather than by Intl: the first Intl
// formatter a page makes loads locale data, tens of milliseconds on a slow phone while it hydrates, and Node at build
// time and each browser then write them alike. format.test.ts checks them against Intl and data/translations/
// editions.json. Every edition writes Western digits (editions.json says why), so a number reads the same in all three.
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

/** "1,700", "67,160", "2.5": in every edition, as Intl writes them for en-GB, ar-u-nu-latn and he. */
export function formatNumber(n: number): string {
	const [whole, fraction] = String(Math.abs(n)).split('.');
	return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/**
 * An edition's month names, January first, as data/translations/editions.json writes them: messages, so that a page
 * carries its own edition's only.
 */
export const monthNames = (locale: Locale): string[] => m.format_months({}, { locale }).split('|');

/** The months' names after a day: Hebrew puts ב before the month ("8 באוקטובר 2025"). */
const monthNamesAfterDay = (locale: Locale): string[] => m.format_months_after_day({}, { locale }).split('|');

/**
 * A month after a day: "October", "أكتوبر", "באוקטובר". Short where English shortens it ("Oct"); Arabic and Hebrew
 * news write the whole name.
 */
function monthAfterDay(month: number, locale: Locale, short: boolean): string {
	const name = monthNamesAfterDay(locale)[month - 1];
	return short && locale === 'en' ? name.slice(0, 3) : name;
}

/** A month with its year and no day: "Oct 2025", "أكتوبر 2025", "אוקטובר 2025". */
function monthOfYear(month: number, locale: Locale, short: boolean): string {
	const name = monthNames(locale)[month - 1];
	return short && locale === 'en' ? name.slice(0, 3) : name;
}

function dateParts(isoDate: string) {
	const [year, month, day] = isoDate.split('-').map(Number);
	return { year, month, day };
}

/** "8 Oct 2025" from "2025-10-08"; "8 أكتوبر 2025", "8 באוקטובר 2025" */
export function shortDate(isoDate: string, locale: Locale = getLocale()): string {
	const { year, month, day } = dateParts(isoDate);
	return `${day} ${monthAfterDay(month, locale, true)} ${year}`;
}

/** "8 October 2025" from "2025-10-08"; "8 أكتوبر 2025", "8 באוקטובר 2025" */
export function longDate(isoDate: string, locale: Locale = getLocale()): string {
	const { year, month, day } = dateParts(isoDate);
	return `${day} ${monthAfterDay(month, locale, false)} ${year}`;
}

/** "October 2025" from "2025-10": a month and its year, in full; "أكتوبر 2025", "אוקטובר 2025". */
export function monthText(yearMonth: string, locale: Locale = getLocale()): string {
	const { year, month } = dateParts(yearMonth);
	return `${monthOfYear(month, locale, false)} ${year}`;
}

/** A span of days, written once where the two ends share it: "5–8 October 2025", "30 September – 2 October 2025". */
export function daySpanText(start: string, end: string, locale: Locale = getLocale()): string {
	const a = dateParts(start);
	const b = dateParts(end);
	if (start === end) return longDate(start, locale);
	if (a.year !== b.year) return `${longDate(start, locale)} – ${longDate(end, locale)}`;
	const endMonth = monthAfterDay(b.month, locale, false);
	if (a.month !== b.month) return `${a.day} ${monthAfterDay(a.month, locale, false)} – ${b.day} ${endMonth} ${b.year}`;
	return `${a.day}–${b.day} ${endMonth} ${b.year}`;
}

/** "13 Oct 2025" for a day, "Oct 2025" for a month, "2025" for a year (the precision the reporting gives). */
export function partialDateText(value: string, locale: Locale = getLocale()): string {
	const [year, month, day] = value.split('-').map(Number);
	if (month === undefined) return String(year);
	if (day === undefined) return `${monthOfYear(month, locale, true)} ${year}`;
	return `${day} ${monthAfterDay(month, locale, true)} ${year}`;
}

/** A date or a period as a reader reads it: "13 Oct 2025", "Oct 2025 – Jan 2026", "about Mar 2026". */
export function datedText(
	item: { date: string; end?: string; dateApproximate?: boolean },
	locale: Locale = getLocale()
): string {
	const date = partialDateText(item.date, locale);
	const text = item.end ? `${date} – ${partialDateText(item.end, locale)}` : date;
	return item.dateApproximate ? m.site_format_about({ date: text }, { locale }) : text;
}
