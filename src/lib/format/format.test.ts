import { describe, expect, it } from 'vitest';
import { datedText, daySpanText, formatNumber, longDate, partialDateText, shortDate } from './format';

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
