// Tests the one module that places quote markers: stacked in a gutter, or on the free spot nearest a target.
import { describe, expect, it } from 'vitest';
import type { Rect } from './geometry';
import { placeNear, stackInGutter, type FreeArea, type Gutter, type GutterWish, type NearWish } from './markers';

describe('stackInGutter', () => {
	// The exchange's gutter: circles of 13 with 4 between, so two markers are at least 2 × 13 + 4 = 30 apart.
	const gutter: Gutter = { x: 380, r: 13, gap: 4 };
	const wish = (n: number, y: number): GutterWish => ({ n, y, target: { x: 300, y } });
	const cases = [
		{
			name: 'room for both: each level with its wish',
			input: { wishes: [wish(1, 100), wish(2, 200)], gutter },
			expected: [
				{ n: 1, y: 100 },
				{ n: 2, y: 200 }
			]
		},
		{
			name: 'too close: the lower one pushed down to 100 + 30',
			input: { wishes: [wish(1, 100), wish(2, 110)], gutter },
			expected: [
				{ n: 1, y: 100 },
				{ n: 2, y: 130 }
			]
		},
		{
			name: 'three in a cluster: each pushed below the one above, 30 apart',
			input: { wishes: [wish(1, 100), wish(2, 100), wish(3, 105)], gutter },
			expected: [
				{ n: 1, y: 100 },
				{ n: 2, y: 130 },
				{ n: 3, y: 160 }
			]
		},
		{
			name: 'above the top: brought down until its circle is inside, 20 + 13',
			input: { wishes: [wish(1, 5)], gutter: { ...gutter, top: 20 } },
			expected: [{ n: 1, y: 33 }]
		},
		{
			name: 'past the bottom: lifted to 600 − 13 = 587, pushing the one above up to 557',
			input: { wishes: [wish(1, 580), wish(2, 595)], gutter: { ...gutter, top: 0, bottom: 600 } },
			expected: [
				{ n: 1, y: 557 },
				{ n: 2, y: 587 }
			]
		},
		{
			name: 'in order of height, not of number; the same height in order of number',
			input: { wishes: [wish(3, 200), wish(2, 50), wish(1, 50)], gutter },
			expected: [
				{ n: 1, y: 50 },
				{ n: 2, y: 80 },
				{ n: 3, y: 200 }
			]
		},
		{ name: 'no wishes: no markers', input: { wishes: [], gutter }, expected: [] }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const markers = stackInGutter(input.wishes, input.gutter);
		expect(markers.map(({ n, y }) => ({ n, y }))).toEqual(expected);
		for (const m of markers) expect(m).toMatchObject({ x: 380, r: 13 });
	});

	it('runs a leader level with the marker to a target point, even when the marker was pushed away from it', () => {
		expect(stackInGutter([wish(1, 100), wish(2, 110)], gutter).map((m) => m.target)).toEqual([
			{ x: 300, y: 100 },
			{ x: 300, y: 110 }
		]);
	});

	// The sequence's gutter (circles of 12, 3 apart: 27) beside a phase box from 34 to 70, its leader ending on the box's
	// right edge between 34 + 6 = 40 and 70 − 6 = 64: level with the marker where it can be, else the nearest end.
	const span = { x: 366, y: 40, y2: 64 };
	const spanCases = [
		{ name: 'level with the box: to the same height', input: 52, expected: { x: 366, y: 52 } },
		{ name: 'below the box: to its lower end', input: 79, expected: { x: 366, y: 64 } },
		{ name: 'above the box: to its upper end', input: 20, expected: { x: 366, y: 40 } }
	];
	it.each(spanCases)('runs the leader to a vertical span, $name', ({ input, expected }) => {
		const [marker] = stackInGutter([{ n: 1, y: input, target: span }], { x: 384, r: 12, gap: 3 });
		expect(marker).toEqual({ n: 1, x: 384, y: input, r: 12, target: expected });
	});

	it('pushes a second note on the same box down by 27 and ends its leader at the span’s lower end', () => {
		const wishes = [1, 2].map((n) => ({ n, y: 52, target: span }));
		expect(stackInGutter(wishes, { x: 384, r: 12, gap: 3 })).toEqual([
			{ n: 1, x: 384, y: 52, r: 12, target: { x: 366, y: 52 } },
			{ n: 2, x: 384, y: 79, r: 12, target: { x: 366, y: 64 } }
		]);
	});

	it('gives its coordinates to a tenth of a unit', () => {
		const [marker] = stackInGutter([{ n: 1, y: 100.04, target: { x: 300.06, y: 100.04 } }], { ...gutter, x: 380.01 });
		expect(marker).toEqual({ n: 1, x: 380, y: 100, r: 13, target: { x: 300.1, y: 100 } });
	});
});

describe('placeNear', () => {
	// A 100 × 100 frame, circles of 5 kept 1 clear of obstacles and of each other,
	// spots tried on a grid of 1 from 5 to 95.
	const frame: Rect = { x: 0, y: 0, width: 100, height: 100 };
	const area = (more: Partial<FreeArea> = {}): FreeArea => ({ r: 5, pad: 1, frame, obstacles: [], step: 1, ...more });
	// A box round the middle: a circle touches it (with the pad) while its centre is within 34 < x, y < 66.
	const middle: Rect = { x: 40, y: 40, width: 20, height: 20 };
	const near = (n: number, x: number, y: number, more: Partial<NearWish> = {}): NearWish => ({
		n,
		near: { x, y },
		...more
	});
	const cases = [
		{ name: 'a free wish is kept', input: { wishes: [near(1, 50, 50)], area: area() }, expected: [[1, 50, 50]] },
		{
			// The nearest free spots are 16 away (34 or 66 on either axis); the grid is read row by row, top first.
			name: 'an obstacle on the wish: the nearest free spot, 16 above it',
			input: { wishes: [near(1, 50, 50)], area: area({ obstacles: [middle] }) },
			expected: [[1, 50, 34]]
		},
		{
			name: 'its own box is allowed',
			input: { wishes: [near(1, 50, 50, { own: middle })], area: area({ obstacles: [middle] }) },
			expected: [[1, 50, 50]]
		},
		{
			// The first spot exactly 10 away, row by row: straight above.
			name: 'a least distance keeps it 10 away from its wish',
			input: { wishes: [near(1, 50, 50)], area: area({ minDistance: 10 }) },
			expected: [[1, 50, 40]]
		},
		{
			name: 'a rule of its own (here: x at least 70) moves it to the nearest spot that keeps it',
			input: { wishes: [near(1, 50, 50)], area: area({ allowed: (p) => p.x >= 70 }) },
			expected: [[1, 70, 50]]
		},
		{
			// The second keeps its circle (45–55 with the pad) clear of the first: 11 above it.
			name: 'two wishes on one spot: the second moves off the first',
			input: { wishes: [near(1, 50, 50), near(2, 50, 50)], area: area() },
			expected: [
				[1, 50, 50],
				[2, 50, 39]
			]
		},
		{
			name: 'a wish over the frame’s edge: moved in until its circle is inside, x 0 + 5',
			input: { wishes: [near(1, 2, 50)], area: area() },
			expected: [[1, 5, 50]]
		},
		{
			name: 'a frame inset by 10: a wish near its edge moves in to 10 + 5',
			input: { wishes: [near(1, 12, 50)], area: area({ frame: { x: 10, y: 10, width: 80, height: 80 } }) },
			expected: [[1, 15, 50]]
		},
		{
			name: 'a wish with no room gets no marker; the others keep theirs',
			input: {
				wishes: [near(1, 50, 50, { own: frame }), near(2, 50, 50)],
				area: area({ obstacles: [frame] })
			},
			expected: [[1, 50, 50]]
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const markers = placeNear(input.wishes, input.area);
		expect(markers.map((m) => [m.n, m.x, m.y])).toEqual(expected);
		for (const m of markers) expect(m.r).toBe(5);
	});

	it('keeps the leader’s target where a wish has one, and draws none where it has not', () => {
		const markers = placeNear(
			[near(1, 20, 20, { target: { x: 20, y: 20 } }), near(2, 80, 80)],
			area({ minDistance: 10 })
		);
		expect(markers).toEqual([
			{ n: 1, x: 20, y: 10, r: 5, target: { x: 20, y: 20 } },
			{ n: 2, x: 80, y: 70, r: 5 }
		]);
	});

	it('gives its coordinates to a tenth of a unit', () => {
		expect(placeNear([near(1, 50.04, 50.06)], area())).toEqual([{ n: 1, x: 50, y: 50.1, r: 5 }]);
	});
});
