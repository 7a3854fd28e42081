// Tests the figures made ready from the fixture content: which rows are drawn, where a quote's marker goes (on a page
// and on the stage), the table.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { makeFigures } from './maker';

const content = loadFixtureContent();
const figures = makeFigures(content);
const row = (id: string) => figures.layout.rows.find((r) => r.id === id)!;

describe('makeFigures', () => {
	it('draws the default rows the ledger has, and the living hostages within the held', () => {
		expect(figures.layout.rows.map((r) => r.figures)).toEqual([
			['killed-7-october'],
			['hostages-alive', 'hostages-held'],
			['prisoners-total'],
			['share-held']
		]);
		expect(figures.layout.legend.map((l) => [l.letter, l.label])).toEqual([
			['C', 'Fixture article C'],
			['K', 'Fixture article K'],
			['M', 'Fixture article M']
		]);
	});

	it(
		'puts two notes on one row one under the other in the gutter, ' +
			'and reaches a row by the figure it is drawn within',
		() => {
			const alive = row('hostages-alive');
			const markers = figures.placeMarkers(
				[
					{ n: 1, anchor: 'hostages-held' },
					{ n: 2, anchor: 'hostages-alive' },
					{ n: 3, anchor: 'not-a-figure' }
				],
				{ focus: [] }
			);
			// Circles of 13, 4 apart: the second sits 2 × 13 + 4 = 30 below the first, both with leaders to the row's title.
			expect(markers).toEqual([
				{ n: 1, x: 382, y: alive.anchor.y, r: 13, target: alive.anchor },
				{ n: 2, x: 382, y: alive.anchor.y + 30, r: 13, target: alive.anchor }
			]);
		}
	);

	it('on the stage, stacks its markers (radius 22) between the rows and their reasons, under the legend', () => {
		const stage = makeFigures(content, 'stage');
		const first = stage.layout.rows[0];
		const markers = stage.placeMarkers(
			[
				{ n: 1, anchor: 'killed-7-october' },
				{ n: 2, anchor: 'killed-7-october' },
				{ n: 3, anchor: 'killed-7-october' }
			],
			{ focus: [] }
		);
		// The first level with the first row's title; each next 2 × 22 + 6 = 50 below, all with leaders to that title.
		expect(markers.map(({ n, x, y, r }) => ({ n, x, y, r }))).toEqual([
			{ n: 1, x: 654, y: first.anchor.y, r: 22 },
			{ n: 2, x: 654, y: first.anchor.y + 50, r: 22 },
			{ n: 3, x: 654, y: first.anchor.y + 100, r: 22 }
		]);
		const legendBottom = stage.layout.legend[0].y + stage.layout.sizes.pill / 2;
		for (const m of markers) expect(m.y - m.r).toBeGreaterThanOrEqual(legendBottom);
		for (const line of stage.layout.rows.flatMap((r) => r.reason)) expect(line.x).toBeGreaterThan(654 + 22);
	});

	it('says which rows the phase highlights', () => {
		expect(figures.describe({ focus: ['hostages-held'] }, 'phase-three')).toContain(
			'Highlighted in this phase: Fixture hostages believed alive.'
		);
		expect(figures.describe({ focus: [] }, 'phase-one')).not.toContain('Highlighted');
	});

	it('tables the figures it draws, a column per article and one for the plan', () => {
		expect(figures.table.sources).toEqual(['Fixture article C', 'Fixture article K', 'Fixture article M']);
		expect(figures.table.rows.map((r) => [r.id, r.values])).toEqual([
			['killed-7-october', ['1,012 (fixture)', '1,000 fixture people', '990 fixture people', '']],
			['hostages-alive', ['5 believed alive (fixture)', '5 thought dead in fixture K (so 7 alive)', '', '']],
			['hostages-held', ['12 held, as fixture C puts it', '12 fixture hostages held', '', '']],
			['prisoners-total', ['', '200 fixture prisoners in all', '', '']],
			['share-held', ['30 fixture percent', '', '', '']]
		]);
	});
});
