// Tests the exchange made ready from the fixture content: its counts, where a quote's marker goes, and its table.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { makeExchange } from './maker';

const content = loadFixtureContent();
const exchange = makeExchange(content);

describe('makeExchange', () => {
	it(
		'draws the fixture’s counts, reading the living from article C: ' + '12 held, 5 alive, 7 deceased, 7 × 3 remains',
		() => {
			expect(Object.fromEntries(exchange.layout.blocks.map((b) => [b.id, b.count]))).toEqual({
				'hostages-alive': 5,
				'hostages-deceased': 7,
				'prisoners-life': 60,
				detainees: 140,
				remains: 21
			});
		}
	);

	// The fixture's captions take one line, so the gutter starts at 18 + 8 = 26. The living hostages' row is at 50: its
	// leader ends 8 after its label "5 believed alive ⚑" (from 44.6, 18 × 7.7 = 138.6 wide), at 191.2, level with the
	// squares' middle (52.5). The deceased's row is 18 lower, at 70.5; its marker is pushed down to 52.5 + 30 = 82.5.
	it('stacks the markers in the gutter at x 380, level with the row each quote speaks about', () => {
		const markers = exchange.placeMarkers(
			[
				{ n: 1, anchor: 'hostages-deceased' },
				{ n: 2, anchor: 'hostages-alive' },
				{ n: 3, anchor: 'not-a-block' }
			],
			{ step: 'terms' }
		);
		expect(markers).toEqual([
			{ n: 2, x: 380, y: 52.5, r: 13, target: { x: 191.2, y: 52.5 } },
			{ n: 1, x: 380, y: 82.5, r: 13, target: { x: 142.4, y: 70.5 } }
		]);
	});

	it('says what each step shows', () => {
		expect(exchange.describe({ step: 'terms' }, 'phase-two')).toContain('nothing has been exchanged yet');
		expect(exchange.describe({ step: 'prisoners-released' }, 'phase-three')).toContain(
			'highlights the 60 prisoners and 140 detainees Israel frees once all hostages are out'
		);
	});

	it('tables each group with its count and its sources’ own words', () => {
		expect(exchange.table.map((r) => [r.group, r.count, r.source])).toEqual([
			[
				'Hostages held in Gaza',
				12,
				'Fixture article K: 12 fixture hostages held; Fixture article C: 12 held, as fixture C puts it'
			],
			[
				'of whom believed alive',
				5,
				'Fixture article C: 5 believed alive (fixture). ' +
					'Sources differ: Fixture article K says 5 thought dead in fixture K (so 7 alive)'
			],
			['of whom deceased', 7, '12 − 5'],
			['Palestinian prisoners serving life sentences', 60, 'Fixture article K: 60 fixture prisoners'],
			['Detainees from Gaza', 140, 'Fixture article M: more than 140 (fixture)'],
			['Prisoners and detainees in all', 200, 'Fixture article K: 200 fixture prisoners in all'],
			[
				'Remains of deceased Gazans',
				21,
				'The plan’s rule (point 5), 3 for each deceased hostage: 7 × 3. The articles do not give this number.'
			]
		]);
	});
});
