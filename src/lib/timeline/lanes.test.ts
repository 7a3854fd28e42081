// Tests how marks share their lanes: a mark takes the first row where it touches nothing, at the width given.
import { describe, expect, it } from 'vitest';
import { DOT_RADIUS, markExtent, placeMarks, type Mark } from './lanes';

const tracks = ['diplomacy-governance', 'aid-crossings'] as const;
const day = (id: string, x: number, track: Mark['track'] = 'diplomacy-governance'): Mark => ({
	id,
	track,
	kind: 'day',
	x0: x,
	x1: x
});

describe('markExtent', () => {
	const cases = [
		{ mark: day('a', 0.5), expected: [500 - DOT_RADIUS, 500 + DOT_RADIUS] },
		{ mark: { ...day('b', 0), kind: 'period' as const, x0: 0.1, x1: 0.3 }, expected: [96, 304] },
		// a period of a day or two still shows: its round ends reach beyond it
		{ mark: { ...day('c', 0), kind: 'period' as const, x0: 0.5, x1: 0.502 }, expected: [496, 506] },
		{ mark: { ...day('d', 0), kind: 'month' as const, x0: 0.1, x1: 0.15 }, expected: [100, 150] }
	];
	it.each(cases)('$mark.id spans $expected at 1000 px', ({ mark, expected }) => {
		const [left, right] = markExtent(mark, 1000);
		expect([left, right]).toEqual([expect.closeTo(expected[0], 9), expect.closeTo(expected[1], 9)]);
	});
});

describe('placeMarks', () => {
	it('puts a mark that would touch the one before on the next row, and reuses a row once it is clear', () => {
		// At 100 px: a at 10, b at 15 (touches a), c at 50 (clear of a), d at 52 (touches c)
		const { marks, lanes } = placeMarks([day('a', 0.1), day('b', 0.15), day('c', 0.5), day('d', 0.52)], tracks, 100);
		expect(marks.map((m) => [m.id, m.row])).toEqual([
			['a', 0],
			['b', 1],
			['c', 0],
			['d', 1]
		]);
		expect(lanes).toEqual([
			{ track: 'diplomacy-governance', rows: 2 },
			{ track: 'aid-crossings', rows: 1 }
		]);
	});

	it('lets marks in different lanes share a row, and keeps the order given', () => {
		const { marks } = placeMarks([day('late', 0.5), day('a', 0.1), day('b', 0.1, 'aid-crossings')], tracks, 100);
		expect(marks.map((m) => [m.id, m.row])).toEqual([
			['late', 0],
			['a', 0],
			['b', 0]
		]);
	});

	it('keeps a period’s row taken until its end', () => {
		const period: Mark = { ...day('p', 0), kind: 'period', x0: 0.1, x1: 0.6 };
		const { marks } = placeMarks([period, day('inside', 0.4), day('after', 0.8)], tracks, 100);
		expect(marks.map((m) => m.row)).toEqual([0, 1, 0]);
	});

	it('refuses a mark on a track with no lane', () => {
		expect(() => placeMarks([day('x', 0.1, 'hostages-prisoners')], tracks, 100)).toThrow(/unknown track/);
	});
});
