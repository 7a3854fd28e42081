// Tests the map made ready from the fixture content: where a quote's marker goes, and what its table and text say; and
// the stage's markers, on the real content too.
import { describe, expect, it } from 'vitest';
import { loadContentForTests, loadFixtureContent } from '$lib/content/test-content';
import { STAGE } from '../format';
import { circleBox, inside, overlaps } from '../geometry';
import { layoutMap } from './layout';
import { makeMap } from './maker';
import { sideX } from './sides';

const content = loadFixtureContent();
const map = makeMap(content);
const { obstacles } = layoutMap(content);

describe('makeMap', () => {
	const notes = [
		{ n: 1, anchor: 'yellow' },
		{ n: 2, anchor: 'south-town' },
		{ n: 3, anchor: 'north-town' },
		{ n: 4, anchor: 'buffer' },
		{ n: 5, anchor: 'not-on-the-map' }
	];
	const markers = map.placeMarkers(notes, { stage: 'yellow' });
	const stageLabel = map.layout.marks.find((m) => m.id === 'yellow')!.label.box;

	it('places one marker per line or town the map shows, its leader to that line or town', () => {
		expect(markers.map((m) => m.n)).toEqual([1, 2, 3, 4]);
		expect(markers.map((m) => m.target)).toEqual([
			map.layout.marks.find((m) => m.id === 'yellow')!.target,
			map.layout.places.find((p) => p.id === 'south-town')!.dot,
			map.layout.places.find((p) => p.id === 'north-town')!.dot,
			map.layout.marks.find((m) => m.id === 'buffer')!.target
		]);
	});

	it('keeps markers 24 or more from what they point at, so that the leader shows', () => {
		expect(markers).toHaveLength(4);
		for (const m of markers) expect(Math.hypot(m.x - m.target!.x, m.y - m.target!.y)).toBeGreaterThanOrEqual(24);
	});

	it(
		'keeps markers off the Strip, 4 inside the map panel, ' +
			'and clear of the labels (the stage’s too) and each other',
		() => {
			expect(markers).toHaveLength(4);
			markers.forEach((m, i) => {
				const box = circleBox(m, m.r);
				expect(m.r).toBe(13);
				expect(box.x).toBeGreaterThanOrEqual(4);
				expect(box.y).toBeGreaterThanOrEqual(4);
				expect(box.x + box.width).toBeLessThanOrEqual(map.layout.width - 4);
				expect(box.y + box.height).toBeLessThanOrEqual(map.layout.mapHeight - 4);
				for (const t of [...obstacles.taken, stageLabel]) expect(overlaps(t, box, 4), `marker ${m.n}`).toBe(false);
				for (const other of markers.slice(i + 1)) expect(overlaps(circleBox(other, other.r), box, 4)).toBe(false);
				for (const y of [m.y - m.r, m.y, m.y + m.r]) {
					const [west, east] = [sideX(obstacles.sides.west, y, 'west'), sideX(obstacles.sides.east, y, 'east')];
					if (west !== null && east !== null)
						expect(m.x + m.r <= west || m.x - m.r >= east, `marker ${m.n}`).toBe(true);
				}
			});
		}
	);

	it('tables the four stages, the code’s own before the ceasefire and the fixture’s three lines', () => {
		expect(map.table.map((r) => [r.stage, r.what, r.share])).toEqual([
			['Before the ceasefire', 'Israeli military control or evacuation orders', 'about 80%, as reported'],
			['Fixture yellow line', 'First pull-back', '61% (fixture reading); Fixture count 66%'],
			['Fixture second line', 'Further pull-back', 'about 44%, fixture-sourced'],
			['Fixture buffer', 'A fixture perimeter', 'about 12–14%']
		]);
	});

	it('describes the stage the phase shows, with the other lines drawn faintly', () => {
		expect(map.describe({ stage: 'yellow' }, 'phase-two')).toBe(
			'Map of the Gaza Strip between the Mediterranean Sea, Israel and Egypt, ' +
				'with Fixture North, Fixture South marked. ' +
				'It shows the fixture yellow line and the area on its Israeli side, hatched: Israeli forces hold 61% of the ' +
				'Strip (fixture reading). The fixture second line and fixture buffer are drawn faintly for comparison. ' +
				'All lines are schematic and approximate.'
		);
	});
});

describe('makeMap for the stage', () => {
	const made = [
		{ content: 'the real content', input: loadContentForTests() },
		{ content: 'the fixture', input: content }
	].flatMap(({ content: name, input }) => {
		const stage = makeMap(input, 'stage');
		const { obstacles: stageObstacles } = layoutMap(input, 'stage');
		// A quote on every line and every town at once: more than any phase has.
		const anchors = [
			...stage.layout.marks.filter((m) => m.line).map((m) => m.id),
			...stage.layout.places.map((p) => p.id)
		];
		const notes = anchors.map((anchor, i) => ({ n: i + 1, anchor }));
		return stage.layout.stages.map((s) => ({
			content: name,
			stage: s.id,
			layout: stage.layout,
			taken: [...stageObstacles.taken, stage.layout.marks.find((m) => m.id === s.id)!.label.box],
			sides: stageObstacles.sides,
			markers: stage.placeMarkers(notes, { stage: s.id }),
			count: notes.length
		}));
	});

	it.each(made)(
		'$content at stage $stage: markers large enough for 24-unit numbers, in the map, off the Strip, clear and apart',
		({ layout, taken, sides, markers, count }) => {
			expect(markers).toHaveLength(count);
			const panel = { x: 0, y: 0, width: layout.mapWidth, height: layout.mapHeight };
			markers.forEach((m, i) => {
				const box = circleBox(m, m.r);
				// QuoteMarker.svelte sets the number at max(15, round(r × 1.2)).
				expect(Math.max(15, Math.round(m.r * 1.2))).toBeGreaterThanOrEqual(STAGE.minText);
				expect(inside(box, panel), `marker ${m.n}`).toBe(true);
				for (const t of taken) expect(overlaps(t, box, 4), `marker ${m.n} on ${JSON.stringify(t)}`).toBe(false);
				for (const other of markers.slice(i + 1)) expect(overlaps(circleBox(other, other.r), box, 4)).toBe(false);
				for (const y of [m.y - m.r, m.y, m.y + m.r]) {
					const [west, east] = [sideX(sides.west, y, 'west'), sideX(sides.east, y, 'east')];
					if (west !== null && east !== null)
						expect(m.x + m.r <= west || m.x - m.r >= east, `marker ${m.n}`).toBe(true);
				}
				expect(Math.hypot(m.x - m.target!.x, m.y - m.target!.y)).toBeGreaterThanOrEqual(40);
			});
		}
	);

	it('keeps the page’s since view (the deck’s slides show the plan only)', () => {
		expect(makeMap(content, 'stage').since).toEqual(map.since);
	});
});
