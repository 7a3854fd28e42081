// Tests the tracker's counts: every point counted once, under its status, in the closed set's order.
import { describe, expect, it } from 'vitest';
import { pointsText, statusCounts } from './status-counts';

describe('statusCounts', () => {
	it('groups the points by status, in the order of the closed set, leaving out empty statuses', () => {
		const points = [
			{ number: 1, status: 'nothing-to-track' },
			{ number: 3, status: 'in-force-violated' },
			{ number: 4, status: 'done-late' },
			{ number: 7, status: 'partly' },
			{ number: 8, status: 'partly' },
			{ number: 16, status: 'reversed' },
			{ number: 18, status: 'no-reporting-found' }
		] as const;
		expect(statusCounts([...points])).toEqual([
			{ status: 'done-late', points: [4] },
			{ status: 'in-force-violated', points: [3] },
			{ status: 'partly', points: [7, 8] },
			{ status: 'reversed', points: [16] },
			{ status: 'nothing-to-track', points: [1] },
			{ status: 'no-reporting-found', points: [18] }
		]);
	});

	it('counts nothing for no points', () => {
		expect(statusCounts([])).toEqual([]);
	});

	it.each([
		[1, '1 point'],
		[2, '2 points'],
		[20, '20 points']
	])('%i is "%s"', (n, text) => {
		expect(pointsText(n)).toBe(text);
	});
});
