// Tests the exchange's layout worked by hand from the plan's counts: squares to scale, text clear of them, the steps.
import { describe, expect, it } from 'vitest';
import { blockStates, GRID_RIGHT, GUTTER, layoutExchange, PITCH, unitGrid, WIDTH, type ExchangeCounts } from './layout';
import { textWidth, wrapText } from '../text';

/** The plan's numbers, as in the ledger: 48 held, 20 alive, 250 + 1,700, 15 remains per deceased hostage. */
const plan: ExchangeCounts = { held: 48, alive: 20, prisonersLife: 250, detainees: 1700, remainsPerDeceased: 15 };

describe('unitGrid', () => {
	// Squares go left to right, 6.4 apart, and wrap after 50: the 51st starts the second row at x = start.
	const cases = [
		{
			input: { count: 3, x: 0, y: 0 },
			expected: [
				{ x: 0, y: 0 },
				{ x: 6.4, y: 0 },
				{ x: 12.8, y: 0 }
			]
		},
		{
			input: { count: 52, x: 10, y: 20 },
			expected: { 49: { x: 10 + 49 * 6.4, y: 20 }, 50: { x: 10, y: 26.4 }, 51: { x: 16.4, y: 26.4 } }
		}
	];
	it.each(cases)('places $input.count squares', ({ input, expected }) => {
		const grid = unitGrid(input.count, input.x, input.y);
		expect(grid).toHaveLength(input.count);
		for (const [i, point] of Object.entries(expected)) {
			expect(grid[Number(i)].x).toBeCloseTo(point.x);
			expect(grid[Number(i)].y).toBeCloseTo(point.y);
		}
	});
});

describe('layoutExchange: the blocks, to scale', () => {
	const layout = layoutExchange(plan);
	const byId = Object.fromEntries(layout.blocks.map((b) => [b.id, b]));
	// 20 and 28 hostages fit in one row each, drawn square by square; 250 = 5 full rows of 50; 1,700 = 34 full rows;
	// remains 28 × 15 = 420 = 8 full rows and a last row of 20 (20 × 6.4 = 128 wide).
	const cases = [
		{ input: 'hostages-alive', expected: { count: 20, units: 20, fullHeight: null, lastWidth: 128 } },
		{ input: 'hostages-deceased', expected: { count: 28, units: 28, fullHeight: null, lastWidth: 28 * 6.4 } },
		{ input: 'prisoners-life', expected: { count: 250, units: 0, fullHeight: 5 * 6.4, lastWidth: null } },
		{ input: 'detainees', expected: { count: 1700, units: 0, fullHeight: 34 * 6.4, lastWidth: null } },
		{ input: 'remains', expected: { count: 420, units: 0, fullHeight: 8 * 6.4, lastWidth: 128 } }
	];
	it.each(cases)('$input', ({ input, expected }) => {
		const b = byId[input];
		expect(b.count).toBe(expected.count);
		expect(b.units).toHaveLength(expected.units);
		if (expected.fullHeight === null) expect(b.fullRows).toBeNull();
		else {
			expect(b.fullRows!.height).toBeCloseTo(expected.fullHeight);
			expect(b.fullRows!.width).toBeCloseTo(50 * 6.4);
		}
		if (expected.lastWidth === null) expect(b.lastRow).toBeNull();
		else expect(b.lastRow!.width).toBeCloseTo(expected.lastWidth);
	});

	it('uses one square size for everyone: every block starts on the same left edge and pitch', () => {
		for (const b of layout.blocks) expect(b.origin.x).toBe(layout.blocks[0].origin.x);
		expect(byId['hostages-alive'].units[1].x - byId['hostages-alive'].units[0].x).toBeCloseTo(PITCH);
	});

	it(
		'stacks the groups top to bottom without overlap, within the width and about 600 tall ' +
			'(a phone shows it at about 525 px)',
		() => {
			const boxes = layout.blocks.map((b) => b.box).sort((a, b) => a.y - b.y);
			for (let i = 1; i < boxes.length; i++)
				expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height);
			for (const b of layout.blocks) expect(b.box.x + b.box.width).toBeLessThanOrEqual(GRID_RIGHT + 2);
			expect(layout.height).toBeLessThanOrEqual(620);
		}
	);

	it('keeps every text clear of the squares and inside the drawing', () => {
		for (const t of [...layout.texts, ...layout.flag.lines]) {
			const box = { x: t.x, y: t.y - t.size * 0.8, width: textWidth(t.text, t.size, t.bold), height: t.size };
			expect(box.x + box.width).toBeLessThanOrEqual(GUTTER.x - GUTTER.r);
			for (const b of layout.blocks) {
				const overlaps =
					box.x < b.box.x + b.box.width &&
					b.box.x < box.x + box.width &&
					box.y < b.box.y + b.box.height &&
					b.box.y < box.y + box.height;
				expect(overlaps, `${t.id} overlaps ${b.id}`).toBe(false);
			}
		}
	});

	it('labels the deceased in words, not by colour alone', () => {
		expect(layout.texts.find((t) => t.id === 'hostages-deceased-label')?.text).toBe('28 deceased');
		expect(layout.texts.find((t) => t.id === 'remains-rule')?.text).toBe('1 : 15, the plan’s rule');
	});
});

describe('blockStates', () => {
	// The plan's terms show every group alike; each later step highlights who moves in it and mutes the rest.
	const cases = [
		{ input: 'terms' as const, expected: { highlight: [], muted: [] } },
		{
			input: 'hostages-released' as const,
			expected: {
				highlight: ['hostages-alive'],
				muted: ['hostages-deceased', 'prisoners-life', 'detainees', 'remains']
			}
		},
		{
			input: 'prisoners-released' as const,
			expected: {
				highlight: ['prisoners-life', 'detainees'],
				muted: ['hostages-alive', 'hostages-deceased', 'remains']
			}
		},
		{
			input: 'remains' as const,
			expected: {
				highlight: ['hostages-deceased', 'remains'],
				muted: ['hostages-alive', 'prisoners-life', 'detainees']
			}
		}
	];
	it.each(cases)('$input', ({ input, expected }) => {
		const states = Object.entries(blockStates(input));
		expect(states.filter(([, s]) => s === 'highlight').map(([id]) => id)).toEqual(expected.highlight);
		expect(states.filter(([, s]) => s === 'muted').map(([id]) => id)).toEqual(expected.muted);
	});
});

describe('wrapText', () => {
	// At 14 units a character is estimated at 7.7: "aaa bbb" is 7 × 7.7 = 53.9 wide and fits 54, "aaa bbb ccc" does not.
	const cases = [
		{ input: { text: 'aaa bbb ccc', width: 54 }, expected: ['aaa bbb', 'ccc'] },
		{ input: { text: 'one', width: 10 }, expected: ['one'] },
		{ input: { text: '  spaced   out  ', width: 400 }, expected: ['spaced out'] }
	];
	it.each(cases)('$input.text', ({ input, expected }) =>
		expect(wrapText(input.text, input.width, 14)).toEqual(expected)
	);
});

it('fits the drawing in a 400-wide viewBox', () => expect(WIDTH).toBe(400));
