import { describe, expect, it } from 'vitest';
import { compareDated, endsAfterStart, firstDay, isPartialDate, lastDay, latestEventDate } from './dates';

describe('partial dates', () => {
	const valid = [
		{ value: '2026-02-02', expected: true },
		{ value: '2025-11', expected: true },
		{ value: '2025', expected: true },
		{ value: '2024-02-29', expected: true }, // a leap day
		{ value: '2025-02-29', expected: false },
		{ value: '2025-13', expected: false },
		{ value: '2025-11-31', expected: false },
		{ value: '2025-1-5', expected: false },
		{ value: '~2025-11', expected: false },
		{ value: 'Nov 2025', expected: false }
	];
	it.each(valid)('$value is a real day, month or year: $expected', ({ value, expected }) => {
		expect(isPartialDate(value)).toBe(expected);
	});

	const spans = [
		{ value: '2026-02-02', first: '2026-02-02', last: '2026-02-02' },
		{ value: '2025-11', first: '2025-11-01', last: '2025-11-30' },
		{ value: '2024-02', first: '2024-02-01', last: '2024-02-29' },
		{ value: '2025', first: '2025-01-01', last: '2025-12-31' }
	];
	it.each(spans)('$value runs from $first to $last', ({ value, first, last }) => {
		expect(firstDay(value)).toBe(first);
		expect(lastDay(value)).toBe(last);
	});
});

describe('periods', () => {
	const periods = [
		{ item: { date: '2026-02-02', end: '2026-02-15' }, ok: true },
		{ item: { date: '2025-11', end: '2025-12' }, ok: true },
		{ item: { date: '2026-03', end: '2026-05-01' }, ok: true },
		{ item: { date: '2026-02-15', end: '2026-02-02' }, ok: false },
		{ item: { date: '2026-02-02', end: '2026-02-02' }, ok: false }, // a period of one day is a day
		{ item: { date: '2025-11-10' }, ok: true }
	];
	it.each(periods)('$item ends after it starts: $ok', ({ item, ok }) => {
		expect(endsAfterStart(item)).toBe(ok);
	});

	it('orders by first day, then the earlier-ending first', () => {
		const items = [
			{ id: 'dec', date: '2025-12' },
			{ id: 'month', date: '2025-11' },
			{ id: 'day-13', date: '2025-11-13' },
			{ id: 'nov-dec', date: '2025-11', end: '2025-12' },
			{ id: 'day-1', date: '2025-11-01' }
		];
		expect([...items].sort(compareDated).map((i) => i.id)).toEqual(['day-1', 'month', 'nov-dec', 'day-13', 'dec']);
	});
});

describe('latestEventDate', () => {
	const cases = [
		{ name: 'no events', events: [], expected: undefined },
		{ name: 'one day', events: [{ date: '2025-10-13' }], expected: '2025-10-13' },
		{
			name: 'the end of a period that runs past a later-starting day',
			events: [{ date: '2026-03', end: '2026-05-01' }, { date: '2026-03-11' }],
			expected: '2026-05-01'
		},
		{
			name: 'a day late in a month over the month itself, when it is the last day',
			events: [{ date: '2025-11' }, { date: '2025-11-30' }],
			expected: '2025-11-30'
		},
		{
			name: 'a month over an earlier day in it',
			events: [{ date: '2025-11-13' }, { date: '2025-11' }],
			expected: '2025-11'
		},
		{
			name: 'the latest of several, in any order',
			events: [{ date: '2026-01-26' }, { date: '2025-10-13' }, { date: '2025-10', end: '2025-12' }],
			expected: '2026-01-26'
		}
	];
	it.each(cases)('$name', ({ events, expected }) => {
		expect(latestEventDate(events)).toBe(expected);
	});
});
