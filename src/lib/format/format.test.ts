import { describe, expect, it } from 'vitest';
import editions from '$data/translations/editions.json';
import { datedText, daySpanText, formatNumber, longDate, monthText, partialDateText, shortDate } from './format';

describe('formatNumber', () => {
	it.each([
		[1700, '1,700'],
		[67160, '67,160'],
		[250, '250'],
		[2.5, '2.5'],
		[1234567, '1,234,567'],
		[-1200, '-1,200'],
		[0, '0']
	])('%d → %s', (n, text) => expect(formatNumber(n)).toBe(text));

	it('writes what en-GB number formatting writes', () => {
		for (const n of [1, 48, 250, 1139, 1950, 67160, 67173, 1234567])
			expect(formatNumber(n)).toBe(n.toLocaleString('en-GB'));
	});
});

describe('shortDate', () => {
	it.each([
		['2025-10-08', '8 Oct 2025'],
		['2025-09-29', '29 Sep 2025'],
		['2026-02-02', '2 Feb 2026']
	])('%s → %s', (iso, text) => expect(shortDate(iso)).toBe(text));
});

describe('longDate', () => {
	it('writes what en-GB long date formatting writes', () => {
		const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		for (const iso of ['2025-09-29', '2025-10-08', '2026-02-02', '2025-05-31'])
			expect(longDate(iso)).toBe(intl.format(new Date(`${iso}T12:00:00Z`)));
	});
});

describe('partialDateText and datedText', () => {
	it('writes a date as precisely as the reporting gives it', () => {
		expect(partialDateText('2025-10-13')).toBe('13 Oct 2025');
		expect(partialDateText('2025-12')).toBe('Dec 2025');
		expect(partialDateText('2026')).toBe('2026');
	});
	it('writes periods and approximate dates', () => {
		expect(datedText({ date: '2025-10', end: '2026-01-26' })).toBe('Oct 2025 – 26 Jan 2026');
		expect(datedText({ date: '2026-03', dateApproximate: true })).toBe('about Mar 2026');
	});
});

describe('daySpanText', () => {
	it.each([
		['2025-10-05', '2025-10-08', '5–8 October 2025'],
		['2025-09-30', '2025-10-02', '30 September – 2 October 2025'],
		['2025-12-30', '2026-01-02', '30 December 2025 – 2 January 2026'],
		['2025-10-06', '2025-10-06', '6 October 2025']
	])('%s to %s → %s', (start, end, text) => expect(daySpanText(start, end)).toBe(text));
});

describe('the Arabic and Hebrew editions', () => {
	const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
	const dates = ['2025-09-29', '2025-10-10', '2026-02-02', '2026-07-01', '2025-05-31'];

	it('names the months as data/translations/editions.json does', () => {
		for (const locale of ['ar', 'he'] as const)
			expect(Array.from({ length: 12 }, (_, i) => monthText(`2026-${String(i + 1).padStart(2, '0')}`, locale))).toEqual(
				editions[locale].months.map((name: string) => `${name} 2026`)
			);
	});

	it('writes a day as editions.json says: 10 أكتوبر 2025, 10 באוקטובר 2025', () => {
		expect(longDate('2025-10-10', 'ar')).toBe('10 أكتوبر 2025');
		expect(longDate('2025-10-10', 'he')).toBe('10 באוקטובר 2025');
		expect(shortDate('2025-10-08', 'ar')).toBe('8 أكتوبر 2025');
		expect(shortDate('2025-10-08', 'he')).toBe('8 באוקטובר 2025');
	});

	it('writes what Intl writes for ar-u-nu-latn (Western digits) and he', () => {
		const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
		const arabic = new Intl.DateTimeFormat('ar-u-nu-latn', options);
		const hebrew = new Intl.DateTimeFormat('he', options);
		for (const iso of dates) {
			expect(longDate(iso, 'ar')).toBe(arabic.format(day(iso)));
			expect(longDate(iso, 'he')).toBe(hebrew.format(day(iso)));
		}
	});

	it('writes numbers with Western digits, as Intl does for ar-u-nu-latn and he', () => {
		for (const n of [1, 48, 250, 1139, 67160, 1234567, 2.5]) {
			expect(formatNumber(n)).toBe(n.toLocaleString('ar-u-nu-latn'));
			expect(formatNumber(n)).toBe(n.toLocaleString('he'));
		}
		expect(formatNumber(67160)).toMatch(/^[0-9,]+$/);
	});

	it('writes months without a day, spans and approximate dates in the edition', () => {
		expect(partialDateText('2025-12', 'ar')).toBe('ديسمبر 2025');
		expect(partialDateText('2025-12', 'he')).toBe('דצמבר 2025');
		expect(daySpanText('2025-10-05', '2025-10-08', 'ar')).toBe('5–8 أكتوبر 2025');
		expect(daySpanText('2025-09-30', '2025-10-02', 'he')).toBe('30 בספטמבר – 2 באוקטובר 2025');
		expect(datedText({ date: '2026-03', dateApproximate: true }, 'ar')).toBe('نحو مارس 2026');
		expect(datedText({ date: '2025-10', end: '2026-01-26' }, 'he')).toBe('אוקטובר 2025 – 26 בינואר 2026');
	});
});

describe('monthText', () => {
	it('writes a month and its year in full, in each edition', () => {
		expect(monthText('2025-10', 'en')).toBe('October 2025');
		expect(monthText('2025-10', 'ar')).toBe('أكتوبر 2025');
		expect(monthText('2025-10', 'he')).toBe('אוקטובר 2025');
	});
});
