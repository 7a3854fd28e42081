// Tests the timeline's time scale: where it starts and ends, and that the talks week gets the room it is given.
import { describe, expect, it } from 'vitest';
import { DAY_WIDTHS, timeAxis } from './axis';

// 29 Sep → 5 Oct 2025: 6 days at 3; 5 → 14 Oct: 9 days at 8; 14 Oct 2025 → 2 Jul 2026: 261 days at 1. 351 in all.
const axis = timeAxis('2026-07-01');
const width = (day: string) => axis.end(day) - axis.start(day);

describe('the time axis', () => {
	it('runs from the plan’s day to the end of the day reporting was gathered up to', () => {
		expect(axis.start('2025-09-29')).toBe(0);
		expect(axis.end('2026-07-01')).toBeCloseTo(1, 12);
		expect([axis.first, axis.last]).toEqual(['2025-09-29', '2026-07-01']);
	});

	it('breaks where the talks week starts and ends', () => {
		expect(axis.start('2025-10-05')).toBeCloseTo(18 / 351, 12);
		expect(axis.end('2025-10-13')).toBeCloseTo(90 / 351, 12);
	});

	const ratios = [
		{ day: '2025-10-08', against: '2025-12-08', expected: 8 },
		{ day: '2025-10-05', against: '2026-06-30', expected: 8 },
		{ day: '2025-10-13', against: '2025-10-14', expected: 8 },
		{ day: '2025-09-30', against: '2026-02-02', expected: 3 },
		{ day: '2025-10-04', against: '2025-10-05', expected: 3 / 8 }
	];
	it.each(ratios)('draws $day $expected times as wide as $against', ({ day, against, expected }) => {
		expect(width(day) / width(against)).toBeCloseTo(expected, 9);
	});

	it('gives a talks-week day the ratio the scale states', () => {
		expect(DAY_WIDTHS.talks / DAY_WIDTHS.after).toBe(8);
		expect(width('2025-10-09') * 351).toBeCloseTo(8, 9);
	});

	it('keeps every day after the one before it, across the breaks', () => {
		const days = ['2025-09-29', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-13', '2025-10-14', '2026-01-01'];
		const starts = days.map(axis.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(new Set(starts).size).toBe(days.length);
		for (const day of days) expect(axis.end(day)).toBeGreaterThan(axis.start(day));
	});

	it('refuses a gathered-up-to date inside the talks', () => {
		expect(() => timeAxis('2025-10-10')).toThrow(/before the talks ended/);
	});
});
