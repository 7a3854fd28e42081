// Tests the map's layout: the sketch on the real geography against the reported geography, the legend worked by
// hand from the fixture's lines, and the stage's layout on the real and the fixture content (the page's labels on the
// real content are checked in ../real-content.test.ts).
import { describe, expect, it } from 'vitest';
import { loadContentForTests, loadFixtureContent } from '$lib/content/test-content';
import type { MapLine, Outline, Place } from '$lib/content/types';
import outlineJson from '../../../../data/geo/outline.json';
import linesJson from '../../../../data/geo/lines.json';
import placesJson from '../../../../data/geo/places.json';
import { egyptBorderTop, heldArea, isHeld, stripSides, type LonLat } from './held-area';
import { layoutMap, simplify } from './layout';
import { legendBottom } from './legend';
import { sideX } from './sides';
import { readShare, stagesFrom, type Stage } from './stages';
import type { TextBlock } from './text';
import { STAGE } from '../format';
import { inside, overlaps, type Rect } from '../geometry';
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
		expect(fixtureStages.find((s) => s.id === input)!.sentence).toBe(expected);
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

describe('the stage layout, for a diagram slide', () => {
	const contents = [
		{ content: 'the real content', input: loadContentForTests() },
		{ content: 'the fixture', input: loadFixtureContent() }
	].map(({ content, input }) => ({ content, made: layoutMap(input, 'stage'), page: layoutMap(input).layout }));
	/** The texts a stage shows: the map's own, its stage's label, and its legend. */
	const textsAt = ({ layout }: (typeof contents)[number]['made'], stage: Stage) => {
		const legend = layout.legends.find((l) => l.stage === stage)!;
		return {
			map: [
				...layout.places.map((p) => p.label),
				...layout.regions,
				layout.scaleBar.label,
				layout.north.label,
				layout.marks.find((m) => m.id === stage)!.label
			],
			legend: [legend.title, legend.sentence, legend.figure, ...legend.scale, ...legend.others.map((o) => o.label)]
		};
	};
	const atEachStage = contents.flatMap(({ content, made }) =>
		made.layout.stages.map((s) => ({ content, stage: s.id, made, ...textsAt(made, s.id) }))
	);
	const pairs = <T>(items: T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
	const named = (t: TextBlock) => t.lines.join(' ');

	it.each(contents)('fills the stage’s room, landscape, with the map as tall as the room ($content)', ({ made }) => {
		const { layout } = made;
		expect([layout.width, layout.height]).toEqual([STAGE.width, STAGE.height]);
		expect(layout.mapHeight).toBe(STAGE.height);
		expect(layout.mapWidth).toBeLessThan(layout.width);
		// The Strip runs from near the top of the room to near its bottom.
		const ys = made.obstacles.sides.east.map((p) => p.y);
		expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.85 * STAGE.height);
	});

	it.each(atEachStage)(
		'$content at stage $stage: every text is at least 24 units, apart from the others and inside its part',
		({ made, map, legend }) => {
			const { layout } = made;
			const mapPanel: Rect = { x: 0, y: 0, width: layout.mapWidth, height: layout.mapHeight };
			const column: Rect = { x: layout.mapWidth, y: 0, width: layout.width - layout.mapWidth, height: layout.height };
			for (const t of [...map, ...legend]) expect(t.size, named(t)).toBeGreaterThanOrEqual(STAGE.minText);
			for (const t of map) expect(inside(t.box, mapPanel), named(t)).toBe(true);
			for (const t of legend) expect(inside(t.box, column), named(t)).toBe(true);
			for (const [a, b] of pairs([...map, ...legend]))
				expect(overlaps(a.box, b.box, 4), `${named(a)} / ${named(b)}`).toBe(false);
		}
	);

	it.each(contents)('$content: the legends sit beside the map, in the middle of its height', ({ made }) => {
		const { layout } = made;
		const bottoms = layout.legends.map(legendBottom);
		const top = Math.min(...layout.legends.map((l) => Math.min(l.title.box.y, l.swatch.y)));
		expect(top).toBeGreaterThan(layout.mapHeight / 5);
		expect(Math.max(...bottoms)).toBeLessThan((layout.mapHeight * 4) / 5);
		for (const l of layout.legends) expect(l.bar.x).toBeGreaterThanOrEqual(layout.mapWidth);
	});

	// The real towns' names; a long name at Rafah's latitude (the fixture's) would reach over the coast, as on a page.
	it('puts the real town names west of the Strip, each near the level of its dot', () => {
		const { layout, obstacles } = contents[0].made;
		expect(layout.places.length).toBeGreaterThan(0);
		for (const p of layout.places) {
			const west = sideX(obstacles.sides.west, p.label.y, 'west');
			if (west !== null) expect(p.label.box.x + p.label.box.width, p.id).toBeLessThanOrEqual(west);
			expect(Math.abs(p.label.y - p.dot.y), p.id).toBeLessThan(30);
		}
	});

	it.each(contents)('$content: the same stages, areas and names as the page’s map', ({ made, page }) => {
		const { layout } = made;
		expect(layout.stages).toEqual(page.stages);
		expect(layout.marks.map((m) => [m.id, m.drawnShare, m.label.lines.join(' ')])).toEqual(
			page.marks.map((m) => [m.id, m.drawnShare, m.label.lines.join(' ')])
		);
		expect(layout.places.map((p) => p.name)).toEqual(page.places.map((p) => p.name));
		expect(layout.regions.map((r) => r.lines.join(' '))).toEqual(page.regions.map((r) => r.lines.join(' ')));
		expect(layout.legends.map((l) => [l.title, l.sentence, l.figure].map((t) => t.lines.join(' ')))).toEqual(
			page.legends.map((l) => [l.title, l.sentence, l.figure].map((t) => t.lines.join(' ')))
		);
	});
});
