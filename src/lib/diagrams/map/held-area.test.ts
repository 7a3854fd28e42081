// Tests the held-area geometry on a plain rectangle (worked out by hand) and on the real outline.
import { describe, expect, it } from 'vitest';
import outline from '../../../../data/geo/outline.json';
import { depthAt, egyptBorderTop, heldArea, isHeld, kmPerDegLon, stripSides, type LonLat } from './held-area';
import { lonAt } from './sides';

/** A box 0.1° wide (about 9.54 km at 31.05°N) and 0.1° tall (11.13 km), listed clockwise from its north-west corner. */
const box: LonLat[] = [
	[34.0, 31.1],
	[34.1, 31.1],
	[34.1, 31.0],
	[34.0, 31.0],
	[34.0, 31.1]
];
const boxSides = stripSides(box);
const boxWidthKm = 0.1 * kmPerDegLon(31.05);

describe('stripSides', () => {
	it('cuts the box at its tips: east side north to south, west side south to north', () => {
		// The first northernmost vertex is the north-west corner and the first southernmost the south-east one.
		expect(boxSides.east).toEqual([box[0], box[1], box[2]]);
		expect(boxSides.west).toEqual([box[2], box[3], box[0]]);
		expect([boxSides.north, boxSides.south]).toEqual([31.1, 31.0]);
	});

	it('finds the real Strip’s tips: Beit Hanoun’s corner in the north, Kerem Shalom’s in the south', () => {
		const sides = stripSides(outline.gaza as LonLat[]);
		expect(sides.east[0]).toEqual([34.48294, 31.58371]);
		expect(sides.east[sides.east.length - 1]).toEqual([34.24894, 31.21222]);
		expect(sides.west[0]).toEqual(sides.east[sides.east.length - 1]);
		expect(sides.east.length + sides.west.length - 2).toBe(26);
	});
});

describe('lonAt and depthAt', () => {
	const cases = [
		// Any latitude of the box: the east side is at 34.1, the west at 34.0.
		{ input: { side: 'east', lat: 31.05 }, expected: 34.1 },
		{ input: { side: 'west', lat: 31.05 }, expected: 34.0 },
		// On the northern edge the east side runs along the parallel: the eastern end is taken.
		{ input: { side: 'east', lat: 31.1 }, expected: 34.1 }
	] as const;
	it.each(cases)('$input.side side at $input.lat is at $expected', ({ input, expected }) => {
		expect(lonAt(input.side === 'east' ? boxSides.east : boxSides.west, input.lat, input.side)).toBeCloseTo(
			expected,
			9
		);
	});

	const profile: [number, number][] = [
		[31.6, 4],
		[31.4, 2]
	];
	const depthCases = [
		{ input: 31.5, expected: 3 }, // halfway between 4 km and 2 km
		{ input: 31.7, expected: 4 }, // north of the profile: its first depth
		{ input: 31.3, expected: 2 } // south of it: its last depth
	];
	it.each(depthCases)('depth at $input is $expected km', ({ input, expected }) => {
		expect(depthAt(profile, input)).toBeCloseTo(expected, 9);
	});
});

describe('heldArea on the box', () => {
	const cases = [
		// A 2 km band along the east side of a 9.54 km wide box: 2 / 9.54 = 21%.
		{ input: { depth: 2, egyptTop: 31.0 }, expected: { share: (100 * 2) / boxWidthKm, free: 1, lines: 1 } },
		// Deeper than the box is wide: all of it is held, nothing is free and no line is left.
		{ input: { depth: 20, egyptTop: 31.0 }, expected: { share: 100, free: 0, lines: 0 } },
		// 1 km along the east side, plus 1 km along the west side in the southern half ("Egyptian border"):
		// (1 + 0.5) / 9.54 = 15.7%; the line runs down the east band and back up the west band as one polyline.
		{ input: { depth: 1, egyptTop: 31.05 }, expected: { share: (100 * 1.5) / boxWidthKm, free: 1, lines: 1 } }
	];
	it.each(cases)(
		'depth $input.depth km, border band below $input.egyptTop: $expected.share%',
		({ input, expected }) => {
			const held = heldArea(boxSides, [[31.1, input.depth]], input.egyptTop);
			expect(held.share).toBeCloseTo(expected.share, 1);
			expect(held.free.length).toBe(expected.free);
			expect(held.line.length).toBe(expected.lines);
		}
	);

	it('draws a 2 km line 2 km west of the east side, from the northern edge to the southern edge only', () => {
		const [line] = heldArea(boxSides, [[31.1, 2]], 31.0).line;
		const lats = line.map(([, lat]) => lat);
		expect(Math.max(...lats)).toBeCloseTo(31.1, 9);
		expect(Math.min(...lats)).toBeCloseTo(31.0, 9);
		for (const [lon, lat] of line) expect((34.1 - lon) * kmPerDegLon(lat)).toBeCloseTo(2, 6);
	});

	const points = [
		{ input: [34.099, 31.05] as LonLat, expected: true }, // 0.1 km from the east side: inside the 2 km band
		{ input: [34.01, 31.05] as LonLat, expected: false } // near the west side: free
	];
	it.each(points)('point $input held: $expected', ({ input, expected }) => {
		expect(isHeld(heldArea(boxSides, [[31.1, 2]], 31.0), input)).toBe(expected);
	});
});

describe('egyptBorderTop', () => {
	it('is the highest western vertex that Egypt shares: where the border meets the coast', () => {
		const sides = stripSides(outline.gaza as LonLat[]);
		expect(egyptBorderTop(sides, outline.egypt as LonLat[][])).toBe(31.31353);
	});
});
