// Tests the axis's labels: which are kept, and that none touch at the narrowest width the axis is drawn.
import { describe, expect, it } from 'vitest';
import { timeAxis } from './axis';
import { AXIS_MIN_WIDTH } from './layout';
import { axisTicks, labelExtent, placeLabels, type AxisLabel } from './ticks';

const axis = timeAxis('2026-07-01');

function touching(labels: AxisLabel[], width: number): string[] {
	const found: string[] = [];
	for (const [i, a] of labels.entries())
		for (const b of labels.slice(i + 1)) {
			if (a.row !== b.row) continue;
			const [al, ar] = labelExtent(a, width);
			const [bl, br] = labelExtent(b, width);
			if (ar > bl && br > al) found.push(`${a.text} / ${b.text}`);
		}
	return found;
}

describe('the axis labels', () => {
	it.each([AXIS_MIN_WIDTH, 900, 1216])('touch nowhere at %i px, and stay inside the axis', (width) => {
		const { labels } = axisTicks(axis, AXIS_MIN_WIDTH);
		expect(touching(labels, width)).toEqual([]);
		for (const label of labels) {
			const [left, right] = labelExtent(label, width);
			expect(left).toBeGreaterThanOrEqual(0);
			expect(right).toBeLessThanOrEqual(width);
		}
	});

	it('name the first and last days in full, the new year, each month after the talks, every other talks day', () => {
		const texts = axisTicks(axis, AXIS_MIN_WIDTH).labels.map((l) => l.text);
		expect(texts).toEqual(expect.arrayContaining(['29 Sep 2025', '1 Jul 2026', '2026']));
		expect(texts).toEqual(expect.arrayContaining(['Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']));
		expect(texts).toEqual(expect.arrayContaining(['5', '7', '9', '11', '13']));
	});

	it('grid a line at each month’s start and at each day of the talks week', () => {
		const { grid } = axisTicks(axis, AXIS_MIN_WIDTH);
		expect(grid.filter((g) => g.major).map((g) => g.x)).toContain(axis.start('2025-11-01'));
		expect(grid.filter((g) => !g.major)).toHaveLength(10); // 5 Oct to 14 Oct, the week's edges included
	});
});

describe('placeLabels', () => {
	const at = (x: number, text: string, rank: number) => ({ x, text, anchor: 'middle' as const, row: 0 as const, rank });
	const cases = [
		{ name: 'keeps both when apart', given: [at(0.2, 'Nov', 1), at(0.6, 'Dec', 1)], kept: ['Nov', 'Dec'] },
		{ name: 'keeps the lower rank when they touch', given: [at(0.5, 'Dec', 2), at(0.51, 'Nov', 1)], kept: ['Nov'] },
		{ name: 'drops a label that runs off the axis', given: [at(0, 'Sep', 1)], kept: [] }
	];
	it.each(cases)('$name', ({ given, kept }) => {
		expect(placeLabels(given, 200).map((l) => l.text)).toEqual(kept);
	});
});
