// Tests the exchange made ready from the fixture content: its counts, where a quote's marker goes (on a page and on
// the stage), and its table.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { STAGE } from '../format';
import { circleBox, inside, overlaps } from '../geometry';
import { textBox } from '../text';
import { makeExchange } from './maker';

const content = loadFixtureContent();
const exchange = makeExchange(content);
const onStage = makeExchange(content, 'stage');

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

	// The fixture's groups are small: the prisoners' squares end at 614, the detainees' at 1014, and their markers stand
	// a radius of leader (22) right of the marker's own radius, level with the squares' middle. The hostages' markers
	// move down off the heading above their names; the remains' move right of the 1 : 3 glyph's words, at the foot.
	it('on the stage, sets each marker right of its group, clear of every text, square and the flag', () => {
		const { layout } = onStage;
		const anchors = ['hostages-alive', 'hostages-deceased', 'prisoners-life', 'detainees', 'remains'];
		const markers = onStage.placeMarkers(
			anchors.map((anchor, i) => ({ n: i + 1, anchor })),
			{ step: 'terms' }
		);
		expect(markers.map((m) => m.n)).toEqual([1, 2, 3, 4, 5]);
		expect(markers.filter((m) => m.n === 3 || m.n === 4).map(({ x, y }) => ({ x, y }))).toEqual([
			{ x: 658, y: 249 },
			{ x: 1058, y: 334 }
		]);
		const taken = [
			...[...layout.texts, ...layout.flag.lines].map((t) =>
				textBox({ x: t.x, y: t.y, lines: [t.text], size: t.size, lineHeight: t.size, anchor: 'start', bold: t.bold })
			),
			...layout.blocks.map((b) => b.box),
			layout.flag
		];
		const frame = { x: 0, y: layout.captionBottom, width: layout.width, height: layout.height - layout.captionBottom };
		for (const m of markers) {
			const block = layout.blocks.find((b) => b.id === anchors[m.n - 1])!;
			// A radius of 22 sets the number at 26 units (QuoteMarker: 1.2 × the radius), over the stage's 24.
			expect(Math.max(15, Math.round(m.r * 1.2))).toBeGreaterThanOrEqual(STAGE.minText);
			expect(m.target).toEqual(block.anchor);
			expect(m.x, `marker ${m.n}`).toBeGreaterThan(m.target!.x + m.r);
			expect(inside(circleBox(m, m.r), frame), `marker ${m.n}`).toBe(true);
			for (const box of taken) expect(overlaps(circleBox(m, m.r), box), `marker ${m.n}`).toBe(false);
			// Its leader, from the circle to the target, crosses nothing but the end of its own squares.
			const length = Math.hypot(m.target!.x - m.x, m.target!.y - m.y);
			for (let d = m.r; d < length - 1; d++) {
				const p = { x: m.x + ((m.target!.x - m.x) * d) / length, y: m.y + ((m.target!.y - m.y) * d) / length };
				for (const box of taken) expect(overlaps({ ...p, width: 0, height: 0 }, box), `leader ${m.n}`).toBe(false);
			}
		}
		for (const [a, b] of markers.flatMap((a, i) => markers.slice(i + 1).map((b) => [a, b])))
			expect(overlaps(circleBox(a, a.r), circleBox(b, b.r))).toBe(false);
	});

	it('on the stage, finds a spot for a second and a third note on the same group', () => {
		const notes = ['hostages-alive', 'hostages-deceased', 'hostages-alive', 'hostages-alive'];
		const markers = onStage.placeMarkers(
			notes.map((anchor, i) => ({ n: i + 1, anchor })),
			{ step: 'terms' }
		);
		expect(markers).toHaveLength(4);
		for (const [a, b] of markers.flatMap((a, i) => markers.slice(i + 1).map((b) => [a, b])))
			expect(overlaps(circleBox(a, a.r), circleBox(b, b.r))).toBe(false);
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
