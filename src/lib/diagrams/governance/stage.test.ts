// Tests the governance chart laid out for a slide's whole stage: worked by hand on a small chart made up here, and on
// the real chart (structure only): within the stage's room, every text at least 24 units, apart and inside.
import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import type { Relation } from '$lib/content/types';
import { STAGE } from '../format';
import { circleBox, inside, overlaps, type Rect } from '../geometry';
import type { Marker } from '../markers';
import { lineBoxes, textBox, type TextBlock } from '../text';
import { nodeFor } from './highlight';
import { layoutGovernance, type GovernanceInput } from './layout';
import { makeGovernance } from './maker';

const rel = (from: string, to: string, kind: Relation['kind'], label: string): Relation => ({
	from,
	to,
	kind,
	label,
	points: []
});
const slot = (actor: string, x: number, width: number) => ({ actor, x, width });
const pairs = <T>(items: T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));

describe('layoutGovernance on the stage, worked by hand', () => {
	// The page's chart gives the words; the stage's rows place the boxes again: the band of two chips on the left, the
	// board on the right, the party under the band.
	const chart: GovernanceInput['chart'] = {
		tier: { caption: 'Guarantors' },
		rows: [
			{ gap: 12, slots: [slot('egypt', 8, 90), slot('qatar', 105, 90)] },
			{ gap: 60, slots: [slot('board-of-peace', 8, 208), slot('hamas', 240, 152)] }
		],
		inside: [],
		arrows: [],
		stage: {
			tierWidth: 500,
			rows: [
				{ gap: 16, slots: [slot('egypt', 16, 200), slot('qatar', 232, 200)] },
				{ gap: 16, slots: [slot('board-of-peace', 540, 400)] },
				{ gap: 40, slots: [slot('hamas', 16, 300)] }
			],
			arrows: [{ from: 'top-tier', to: 'hamas', kind: 'guarantees', sx: 100, tx: 100, side: 'right', width: 300 }]
		}
	};
	const relations = [
		rel('egypt', 'hamas', 'guarantees', 'guarantor'),
		rel('qatar', 'hamas', 'guarantees', 'guarantor')
	];
	const names = { 'board-of-peace': 'Board of Peace', hamas: 'Hamas' };
	const layout = layoutGovernance({ chart, relations, names }, 'stage');
	const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

	// Chips 16 down: 11 + 26 (name) + 5 + 28 (one role) + 10 = 80 high, to 96; the caption row adds 9 + 24 + 9, so the
	// band (4 in from the edges, 500 − 8 wide) ends at 138. The board shares no column with the band: 16 from the top,
	// 11 + 26 + 10 = 47 high. The party is under the band: its own gap (138 + 40 = 178) is less than the arrow's label
	// needs (138 + 24 + 2 × 14 = 190). The drawing ends 8 below the party, at 190 + 47 + 8 = 245.
	const cases = [
		{ input: 'tier band', expected: { x: 4, y: 4, width: 492, height: 134 }, get: () => layout.tier.box },
		{ input: 'caption', expected: { x: 16, y: 124.2, size: 24 }, get: () => layout.tier.caption },
		{ input: 'chip', expected: { x: 16, y: 16, width: 200, height: 80 }, get: () => node('egypt').box },
		{ input: 'board', expected: { x: 540, y: 16, width: 400, height: 47 }, get: () => node('board-of-peace').box },
		{ input: 'party', expected: { x: 16, y: 190, width: 300, height: 47 }, get: () => node('hamas').box },
		{ input: 'name', expected: { size: 26, lineHeight: 31, y: 221.8 }, get: () => node('hamas').name },
		{ input: 'size', expected: { width: 1100, height: 245, line: 1.6 }, get: () => layout },
		// From the band's foot (138) to the party's top (190) at x 100; the label 9 to its right, centred on 164.
		{ input: 'edge path', expected: 'M100,138V190', get: () => layout.edges[0].path },
		{
			input: 'edge label',
			expected: { x: 109, y: 171.2, size: 24, anchor: 'start', lines: ['guarantor'] },
			get: () => layout.edges[0].label
		}
	];
	it.each(cases)('places the $input', ({ expected, get }) => {
		expect(get()).toMatchObject(expected as object);
	});

	it('stops where the chart has no stage placement', () => {
		const { stage: _, ...pageOnly } = chart;
		expect(() => layoutGovernance({ chart: pageOnly, relations, names }, 'stage')).toThrow(
			'The governance chart has no "stage" (data/governance-chart.json)'
		);
	});
});

describe('the real chart on the stage', () => {
	const content = loadContentForTests();
	const stage = makeGovernance(content, 'stage');
	const { layout } = stage;
	const frame: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };
	const boxes = layout.nodes.map((n) => n.box);
	const labels = [...layout.edges.flatMap((e) => (e.label ? [e.label] : [])), layout.tier.caption];
	const blocks: TextBlock[] = [...layout.nodes.flatMap((n) => (n.detail ? [n.name, n.detail] : [n.name])), ...labels];
	const texts = blocks.flatMap(lineBoxes);

	it('fits the stage’s room, landscape, and uses most of it', () => {
		expect(layout.width).toBeLessThanOrEqual(STAGE.width);
		expect(layout.height).toBeLessThanOrEqual(STAGE.height);
		expect(layout.width).toBeGreaterThan(layout.height);
		expect(layout.width * layout.height).toBeGreaterThan(0.8 * STAGE.width * STAGE.height);
	});

	it('writes every name, line and label at least 24 units', () => {
		const small = blocks.filter((b) => b.size < STAGE.minText).map((b) => `${b.lines[0]} (${b.size})`);
		expect(small).toEqual([]);
	});

	it('draws every relation, as an arrow or a line inside a box, as the page does', () => {
		const page = makeGovernance(content, 'page').layout;
		expect(layout.edges.map((e) => [e.id, e.label?.lines.join(' ')])).toEqual(
			page.edges.map((e) => [e.id, e.label?.lines.join(' ')])
		);
		const words = (n: (typeof layout.nodes)[number]) => [n.id, n.name.lines.join(' '), n.detail?.lines.join(' ')];
		expect(layout.nodes.map(words).sort()).toEqual(page.nodes.map(words).sort());
	});

	it('keeps boxes apart and inside, text inside its box, and labels clear of boxes and of each other', () => {
		for (const [a, b] of pairs(boxes)) expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false);
		for (const n of layout.nodes) {
			expect(inside(n.box, frame), n.id).toBe(true);
			for (const line of [...lineBoxes(n.name), ...(n.detail ? lineBoxes(n.detail) : [])])
				expect(inside(line, n.box), `${n.id}: ${JSON.stringify(line)}`).toBe(true);
		}
		const labelLines = labels.flatMap(lineBoxes);
		for (const label of labelLines) {
			expect(inside(label, frame)).toBe(true);
			for (const box of boxes) expect(overlaps(label, box), JSON.stringify([label, box])).toBe(false);
		}
		for (const [a, b] of pairs(labelLines)) expect(overlaps(a, b, 2), JSON.stringify([a, b])).toBe(false);
		expect(inside(textBox(layout.tier.caption), layout.tier.box)).toBe(true);
	});

	const circle = (m: Marker) => circleBox(m, m.r);
	const phases = content.phases.flatMap((p) =>
		p.diagrams.flatMap((d) => (d.kind === 'governance' ? [{ phase: p.id, state: d }] : []))
	);
	it.each(phases)('$phase: puts each quote’s marker on its own box, 24-unit numbers, clear of text', ({ state }) => {
		const notes = state.annotations.map((a, i) => ({ n: i + 1, anchor: a.anchor }));
		const markers = stage.placeMarkers(notes, { focus: state.focus });
		expect(markers).toHaveLength(notes.length);
		for (const m of markers) {
			// QuoteMarker.svelte writes the number at max(15, round(r × 1.2)).
			expect(Math.max(15, Math.round(m.r * 1.2)), `marker ${m.n}`).toBeGreaterThanOrEqual(STAGE.minText);
			expect(inside(circle(m), frame), `marker ${m.n}`).toBe(true);
			const own = nodeFor(notes[m.n - 1].anchor, layout.nodes)!;
			expect(overlaps(circle(m), own.box), `marker ${m.n} on ${own.id}`).toBe(true);
			for (const other of layout.nodes.filter((n) => n !== own))
				expect(overlaps(circle(m), other.box), `marker ${m.n} over ${other.id}`).toBe(false);
			for (const t of texts) expect(overlaps(circle(m), t), JSON.stringify([m, t])).toBe(false);
		}
		for (const [a, b] of pairs(markers)) expect(overlaps(circle(a), circle(b))).toBe(false);
	});

	it('keeps a marker on every box, and a second on a box with a member, on their boxes and clear of text', () => {
		const member = layout.nodes.find((n) => n.members.length)!.members[0];
		const notes = [...layout.nodes.map((n) => n.id), member].map((anchor, i) => ({ n: i + 1, anchor }));
		const markers = stage.placeMarkers(notes, { focus: [] });
		expect(markers).toHaveLength(notes.length);
		for (const m of markers) {
			expect(inside(circle(m), frame), `marker ${m.n}`).toBe(true);
			for (const t of texts) expect(overlaps(circle(m), t), JSON.stringify([m, t])).toBe(false);
		}
		for (const [a, b] of pairs(markers)) expect(overlaps(circle(a), circle(b))).toBe(false);
	});
});
