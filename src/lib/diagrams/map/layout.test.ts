// Tests the map's layout: the sketch on the real geography against the reported geography, and the legend worked by
// hand from the fixture's lines (the map's labels on the real content are checked in ../real-content.test.ts).
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import type { MapLine, Outline, Place } from '$lib/content/types';
import outlineJson from '../../../../data/geo/outline.json';
import linesJson from '../../../../data/geo/lines.json';
import placesJson from '../../../../data/geo/places.json';
import { egyptBorderTop, heldArea, isHeld, stripSides, type LonLat } from './held-area';
import { layoutMap, simplify } from './layout';
import { readShare, shareSentence, stagesFrom, type Stage } from './stages';
import { wrapText } from '../text';

const geo = { outline: outlineJson as Outline, lines: linesJson as MapLine[], places: placesJson as Place[] };
const stages = stagesFrom(geo.lines);

describe('the real sketch in data/geo: towns either side of the yellow line', () => {
	// Geography, not wording (FACTS 6b): Beit Hanoun and nearly all of Rafah are east of the yellow line; Gaza City,
	// Deir al-Balah and the centre of Khan Younis are west of it. The towns' dots sit clear of the 1 km buffer band.
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

describe('wrapText for the map’s labels', () => {
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

	// The fixture's lines, and the stage before the ceasefire (the code's own, from the fact sheet).
	const fixtureContent = loadFixtureContent();
	const fixture = layoutMap(fixtureContent).layout;
	const fixtureStages = stagesFrom(fixtureContent.lines);
	const sentenceCases = [
		{ input: 'yellow', expected: 'Israeli forces hold 61% of the Strip (fixture reading)' },
		{ input: 'second', expected: 'Israeli forces would hold about 44% of the Strip (fixture-sourced)' },
		{ input: 'buffer', expected: 'Israeli forces would keep about 12–14% of the Strip' },
		{ input: 'before', expected: 'Israeli control or evacuation orders covered about 80% of the Strip (as reported)' }
	];
	it.each(sentenceCases)('$input: "$expected"', ({ input, expected }) => {
		expect(shareSentence(fixtureStages.find((s) => s.id === input)!)).toBe(expected);
	});

	// The bar is 368 units (400 less 16 each side): 61% → 224.48, 66% → 242.88, 12% → 44.16, 14% → 51.52, 80% → 294.4.
	const barCases = [
		{ input: 'yellow', expected: { held: 224.5, reported: [224.5, 242.9] } },
		{ input: 'buffer', expected: { held: 44.2, reported: [44.2, 51.5] } },
		{ input: 'before', expected: { held: 294.4, reported: [294.4, 294.4] } }
	];
	it.each(barCases)('$input: hatched to $expected.held, lighter to $expected.reported.1', ({ input, expected }) => {
		const legend = fixture.legends.find((l) => l.stage === input)!;
		expect(legend.bar.width).toBe(368);
		expect(legend.held).toBe(expected.held);
		expect(legend.reported).toEqual(expected.reported);
	});

	it('marks the other reported value on the yellow line’s bar, with its label', () => {
		const [other] = fixture.legends.find((l) => l.stage === 'yellow')!.others;
		expect(other.x).toBe(258.9); // 16 + 242.88
		expect(other.label.lines).toEqual(['Fixture count 66%']);
	});
});
