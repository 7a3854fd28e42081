// Tests the map layout on the real geography: the sketch matches the reported shares, towns fall on the right side, nothing overlaps.
import { describe, expect, it } from 'vitest';
import type { MapLine, Outline, Phase, Place } from '$lib/content/types';
import outlineJson from '../../../../data/geo/outline.json';
import linesJson from '../../../../data/geo/lines.json';
import placesJson from '../../../../data/geo/places.json';
import { egyptBorderTop, heldArea, isHeld, stripSides, type LonLat } from './held-area';
import { mapBase, simplify, WIDTH } from './layout';
import { MARKER_R, markersByPhase, placeMarkers } from './markers';
import { sideX } from './sides';
import { readShare, shareSentence, stagesFrom, type Stage } from './stages';
import { overlaps, wrapText } from '../text';
import { circleBox, type Box } from './text';

const geo = { outline: outlineJson as Outline, lines: linesJson as MapLine[], places: placesJson as Place[] };
const base = mapBase(geo);
const stages = stagesFrom(geo.lines);

describe('the drawn areas match the reported shares', () => {
	// The sketch's area, measured on the outline, is within a few points of the figure the legend reports.
	const cases = [
		{ input: 'before', expected: 80 }, // "about 80%"
		{ input: 'yellow', expected: 53 }, // official 53%
		{ input: 'second', expected: 40 }, // "about 40%"
		{ input: 'buffer', expected: 16.5 } // "about 15–18%": the middle of the range
	] as const;
	it.each(cases)('$input: about $expected% of the Strip', ({ input, expected }) => {
		const mark = base.marks.find((m) => m.id === input)!;
		expect(Math.abs(mark.drawnShare - expected)).toBeLessThan(3);
	});

	it('nests the stages: each later area is smaller than the one before', () => {
		const shares = base.marks.map((m) => m.drawnShare);
		expect(shares).toEqual([...shares].sort((a, b) => b - a));
	});
});

describe('towns and the yellow line', () => {
	// FACTS 6b: Beit Hanoun and nearly all of Rafah are east of the yellow line; Gaza City, Deir al-Balah and the centre
	// of Khan Younis are west of it. The towns' dots sit clear of the 1 km buffer band.
	const sides = stripSides(geo.outline.gaza as LonLat[]);
	const top = egyptBorderTop(sides, geo.outline.egypt as LonLat[][]);
	const held = (stage: Stage) => heldArea(sides, stages.find((s) => s.id === stage)!.depthKm, top);
	const cases = [
		{ input: { stage: 'yellow', place: 'beit-hanoun' }, expected: true },
		{ input: { stage: 'yellow', place: 'gaza-city' }, expected: false },
		{ input: { stage: 'yellow', place: 'deir-al-balah' }, expected: false },
		{ input: { stage: 'yellow', place: 'khan-younis' }, expected: false },
		{ input: { stage: 'yellow', place: 'rafah' }, expected: true },
		{ input: { stage: 'buffer', place: 'beit-hanoun' }, expected: false },
		{ input: { stage: 'buffer', place: 'rafah' }, expected: false }
	] as const;
	it.each(cases)('$input.place on the Israeli side at $input.stage: $expected', ({ input, expected }) => {
		const place = geo.places.find((p) => p.id === input.place)!;
		expect(isHeld(held(input.stage), [place.lon, place.lat])).toBe(expected);
	});
});

describe('simplify', () => {
	const p = (x: number, y: number) => ({ x, y });
	const cases = [
		// Samples within 0.1 of the straight line between the ends add nothing: only the ends stay.
		{ input: [p(0, 0), p(1, 0.05), p(2, -0.08), p(3, 0)], expected: [p(0, 0), p(3, 0)] },
		// A corner stays, and so does a bump of more than 0.1.
		{ input: [p(0, 0), p(1, 0), p(2, 0), p(2, 1), p(2, 2)], expected: [p(0, 0), p(2, 0), p(2, 2)] },
		{ input: [p(0, 0), p(1, 0.2), p(2, 0)], expected: [p(0, 0), p(1, 0.2), p(2, 0)] },
		// A closed ring (first point repeated last) keeps its shape.
		{
			input: [p(0, 0), p(1, 0), p(2, 0), p(2, 2), p(0, 2), p(0, 1), p(0, 0)],
			expected: [p(0, 0), p(2, 0), p(2, 2), p(0, 2), p(0, 0)]
		}
	];
	it.each(cases)('keeps $expected.length of $input.length points', ({ input, expected }) =>
		expect(simplify(input)).toEqual(expected)
	);
});

describe('labels', () => {
	const fixed: Box[] = [
		...base.places.map((p) => p.label.box),
		...base.regions.map((r) => r.box),
		base.scaleBar.label.box,
		base.north.label.box
	];

	it.each(base.marks.map((m) => ({ stage: m.id, box: m.label.box })))(
		'no two labels overlap at stage $stage',
		({ box }) => {
			const all = [...fixed, box];
			for (let i = 0; i < all.length; i++)
				for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i], all[j]), `${i} and ${j}`).toBe(false);
		}
	);

	it('keeps every label and the legend inside the viewBox, at most 560 units tall', () => {
		const legendBoxes = base.legends.flatMap((l) =>
			[l.title, l.sentence, l.figure, ...l.scale, ...l.others.map((o) => o.label)].map((b) => b.box)
		);
		for (const b of [...fixed, ...base.marks.map((m) => m.label.box), ...legendBoxes]) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(WIDTH);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.y + b.height).toBeLessThanOrEqual(base.height);
		}
		expect(base.width).toBe(400);
		expect(base.height).toBeLessThanOrEqual(560);
	});

	it('puts town names west of the Strip, each on the level of its dot or pushed just below the name above', () => {
		for (const p of base.places) {
			const right = p.label.box.x + p.label.box.width;
			const west = sideX(base.sides.west, p.label.y, 'west');
			if (west !== null) expect(right).toBeLessThanOrEqual(west);
			expect(Math.abs(p.label.y - p.dot.y)).toBeLessThan(20);
		}
	});

	const wrapCases = [
		// 15 units × 0.55 = 8.25 per character; 120 units hold 14 characters: "Security buffer" (15) does not fit.
		{
			input: { text: 'Security buffer zone (approximate)', width: 120 },
			expected: ['Security', 'buffer zone', '(approximate)']
		},
		{ input: { text: 'Yellow line', width: 120 }, expected: ['Yellow line'] }
	];
	it.each(wrapCases)('wraps "$input.text" in $input.width units', ({ input, expected }) => {
		expect(wrapText(input.text, input.width, 15)).toEqual(expected);
	});
});

describe('legend', () => {
	const shareCases = [
		{
			input: '53% (official); Al Jazeera measured 58%',
			expected: {
				figure: '53%',
				qualifiers: ['official'],
				others: [{ value: 58, text: 'Al Jazeera measured 58%' }],
				range: [53, 53]
			}
		},
		{
			input: 'about 40%, weakly sourced',
			expected: { figure: 'about 40%', qualifiers: ['weakly sourced'], others: [], range: [40, 40] }
		},
		{ input: 'about 15–18%', expected: { figure: 'about 15–18%', qualifiers: [], others: [], range: [15, 18] } }
	];
	it.each(shareCases)('reads "$input"', ({ input, expected }) => {
		expect(readShare(input)).toEqual(expected);
	});

	const sentenceCases = [
		{ input: 'yellow', expected: 'Israeli forces hold 53% of the Strip (official)' },
		{ input: 'second', expected: 'Israeli forces would hold about 40% of the Strip (weakly sourced)' },
		{ input: 'buffer', expected: 'Israeli forces would keep about 15–18% of the Strip' },
		{ input: 'before', expected: 'Israeli control or evacuation orders covered about 80% of the Strip (as reported)' }
	];
	it.each(sentenceCases)('$input: "$expected"', ({ input, expected }) => {
		expect(shareSentence(stages.find((s) => s.id === input)!)).toBe(expected);
	});

	// The bar is 368 units (400 less 16 each side): 53% → 195.04, 58% → 213.44, 15% → 55.2, 18% → 66.24.
	const barCases = [
		{ input: 'yellow', expected: { held: 195.04, reported: [195.04, 213.44] } },
		{ input: 'buffer', expected: { held: 55.2, reported: [55.2, 66.24] } },
		{ input: 'before', expected: { held: 294.4, reported: [294.4, 294.4] } }
	];
	it.each(barCases)('$input: hatched to $expected.held, lighter to $expected.reported.1', ({ input, expected }) => {
		const legend = base.legends.find((l) => l.stage === input)!;
		expect(legend.bar.width).toBe(368);
		expect(legend.held).toBeCloseTo(expected.held, 6);
		expect(legend.reported[0]).toBeCloseTo(expected.reported[0], 6);
		expect(legend.reported[1]).toBeCloseTo(expected.reported[1], 6);
	});

	it('marks Al Jazeera’s 58% on the yellow line’s bar, with its label', () => {
		const [other] = base.legends.find((l) => l.stage === 'yellow')!.others;
		expect(other.x).toBeCloseTo(16 + 213.44, 6);
		expect(other.label.lines).toEqual(['Al Jazeera measured 58%']);
	});
});

describe('placeMarkers', () => {
	const notes = [
		{ n: 1, anchor: 'yellow' },
		{ n: 2, anchor: 'rafah' },
		{ n: 3, anchor: 'gaza-city' },
		{ n: 4, anchor: 'beit-hanoun' },
		{ n: 5, anchor: 'not-on-the-map' }
	];
	const markers = placeMarkers(base, 'yellow', notes);
	const stageLabel = base.marks.find((m) => m.id === 'yellow')!.label.box;
	const taken = [...base.taken, stageLabel];

	it('places one marker per anchor the map shows, pointing at it', () => {
		expect(markers.map((m) => m.n)).toEqual([1, 2, 3, 4]);
		expect(markers[0].target).toEqual(base.marks.find((m) => m.id === 'yellow')!.target);
		expect(markers[1].target).toEqual(base.places.find((p) => p.id === 'rafah')!.dot);
	});

	it('keeps markers off the Strip, inside the map and clear of labels and of each other', () => {
		markers.forEach((m, i) => {
			const box = circleBox(m, MARKER_R);
			expect(m.x - MARKER_R).toBeGreaterThanOrEqual(0);
			expect(m.x + MARKER_R).toBeLessThanOrEqual(base.width);
			expect(m.y + MARKER_R).toBeLessThanOrEqual(base.mapHeight);
			for (const t of taken) expect(overlaps(t, box)).toBe(false);
			for (const other of markers.slice(i + 1)) expect(overlaps(circleBox(other, MARKER_R), box)).toBe(false);
			const [west, east] = [sideX(base.sides.west, m.y, 'west'), sideX(base.sides.east, m.y, 'east')];
			if (west !== null && east !== null) expect(m.x + MARKER_R <= west || m.x - MARKER_R >= east).toBe(true);
		});
	});
});

describe('markersByPhase', () => {
	const phase = (id: string, diagrams: unknown[]) => ({ id, diagrams }) as Phase;
	const phases = [
		phase('on-the-map', [
			{ kind: 'sequence', annotations: [{ quote: 'q1', anchor: 'exchange' }] },
			{
				kind: 'map',
				stage: 'yellow',
				annotations: [
					{ quote: 'q2', anchor: 'rafah' },
					{ quote: 'q3', anchor: 'yellow' }
				]
			}
		]),
		phase('no-map', [{ kind: 'sequence', annotations: [] }])
	];

	it('places the markers of each phase that shows the map, numbered as its notes are', () => {
		const byPhase = markersByPhase(base, phases);
		expect(Object.keys(byPhase)).toEqual(['on-the-map']);
		expect(byPhase['on-the-map']).toEqual(
			placeMarkers(base, 'yellow', [
				{ n: 1, anchor: 'rafah' },
				{ n: 2, anchor: 'yellow' }
			])
		);
		expect(byPhase['on-the-map'].map((m) => [m.n, m.anchor])).toEqual([
			[1, 'rafah'],
			[2, 'yellow']
		]);
	});
});
