import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import type { Relation } from '$lib/content/types';
import { inside, lineBoxes, overlaps, textBox, type Rect } from '../text';
import { describeGovernance, relationRows } from './describe';
import { focusStates, MARKER_R, nodeFor, placeMarkers } from './highlight';
import { layoutGovernance, WIDTH } from './layout';

const rel = (from: string, to: string, kind: Relation['kind'], label: string, points: number[] = []): Relation => ({
	from,
	to,
	kind,
	label,
	points
});
const names = {
	'board-of-peace': 'Board of Peace',
	hamas: 'Hamas',
	'technocratic-committee': 'Technocratic Palestinian committee',
	jordan: 'Jordan'
};

describe('layoutGovernance, worked by hand', () => {
	const layout = layoutGovernance([rel('board-of-peace', 'technocratic-committee', 'oversees', 'oversees')], names);
	const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
	// Top tier: 12 down, one-line chips 8 + 16 + 7 = 31 high, so to 43; the caption row adds 6 + 14 + 6, to 69.
	// Board row: 60 below, at 129, 31 high, to 160. Committee row: the least gap, 66, so at 226; its short name
	// "Technocratic committee" (22 × 16 × 0.62 = 218 > 164) takes two lines, plus "day-to-day services":
	// 8 + 19 + 16 + 4 + 17 + 7 = 71 high.
	const cases = [
		{ input: 'tier band', expected: { x: 4, y: 4, width: 392, height: 65 }, get: () => layout.tier.box },
		{
			input: 'Board of Peace',
			expected: { x: 8, y: 129, width: 208, height: 31 },
			get: () => node('board-of-peace').box
		},
		{
			input: 'committee',
			expected: { x: 8, y: 226, width: 180, height: 71 },
			get: () => node('technocratic-committee').box
		},
		{
			input: 'committee name lines',
			expected: ['Technocratic', 'committee'],
			get: () => node('technocratic-committee').name.lines
		},
		// The edge runs straight down at x 40 from the Board's bottom (160) to the committee's top (226); its one-line
		// label sits 6 to the right, centred on 193: top 186, first baseline 186 + 0.8 × 14 = 197.2.
		{ input: 'edge path', expected: 'M40,160V226', get: () => layout.edges[0].path },
		{
			input: 'edge label',
			expected: { x: 46, y: 197.2, anchor: 'start', lines: ['oversees'] },
			get: () => layout.edges[0].label
		}
	];
	it.each(cases)('places the $input', ({ expected, get }) => {
		expect(get()).toMatchObject(expected as object);
	});
});

describe('edges from the data', () => {
	const relations = [
		rel('egypt', 'hamas', 'guarantees', 'guarantor'),
		rel('qatar', 'hamas', 'guarantees', 'guarantor'),
		rel('united-states', 'hamas', 'mediates', 'talks'),
		rel('trump', 'board-of-peace', 'chairs', 'chairs'),
		rel('jordan', 'palestinian-police', 'trains', 'consulted'),
		rel('board-of-peace', 'hamas', 'excludes', 'no role'),
		rel('board-of-peace', 'nobody', 'funds', 'not drawn')
	];
	const layout = layoutGovernance(relations, names);
	const hamas = () => {
		const node = layout.nodes.find((n) => n.id === 'hamas')!;
		return { excluded: node.excluded, detail: node.detail?.lines };
	};
	const cases = [
		// Two guarantors with the same label share one edge from the top tier; a lone mediator keeps its own chip.
		{
			input: 'edge ids',
			expected: ['top-tier>hamas>guarantees', 'united-states>hamas>mediates', 'board-of-peace>hamas>excludes'],
			get: () => layout.edges.map((e) => e.id)
		},
		{ input: 'bundle sources', expected: ['egypt', 'qatar'], get: () => layout.edges[0].from },
		// Trump is drawn inside the Board's box, Jordan inside the force's; the exclusion is written inside Hamas's box.
		{
			input: 'Board lines',
			expected: ['Trump: chairs'],
			get: () => layout.nodes.find((n) => n.id === 'board-of-peace')!.detail!.lines
		},
		{
			input: 'ISF lines',
			expected: ['stabilization force', 'Jordan: consulted'],
			get: () => layout.nodes.find((n) => n.id === 'isf')!.detail!.lines
		},
		{ input: 'ISF members', expected: ['jordan'], get: () => layout.nodes.find((n) => n.id === 'isf')!.members },
		{ input: 'Hamas', expected: { excluded: true, detail: ['no role'] }, get: () => hamas() },
		{ input: 'excluded label', expected: null, get: () => layout.edges[2].label },
		{
			input: 'chip roles',
			expected: [['guarantor'], ['guarantor'], ['mediator'], undefined],
			get: () =>
				['egypt', 'qatar', 'united-states', 'turkey'].map((id) => layout.nodes.find((n) => n.id === id)!.detail?.lines)
		}
	];
	it.each(cases)('draws the $input', ({ expected, get }) => {
		expect(get()).toEqual(expected);
	});

	it('strikes through the excluded name, one line per line of the name', () => {
		expect(layout.nodes.find((n) => n.id === 'hamas')!.strikes).toHaveLength(1);
		expect(layout.nodes.filter((n) => n.strikes.length)).toHaveLength(1);
	});

	const focusCases = [
		// A person drawn inside a box puts that box in focus; the edges touching it follow.
		{ input: ['trump'], expected: { board: 'focus', hamas: 'muted', excludes: 'focus', mediates: 'muted' } },
		{ input: ['hamas'], expected: { board: 'muted', hamas: 'focus', excludes: 'focus', mediates: 'focus' } },
		{ input: [], expected: { board: 'normal', hamas: 'normal', excludes: 'normal', mediates: 'normal' } }
	];
	it.each(focusCases)('with focus $input', ({ input, expected }) => {
		const s = focusStates(layout.nodes, layout.edges, input);
		expect({
			board: s.nodes['board-of-peace'],
			hamas: s.nodes.hamas,
			excludes: s.edges['board-of-peace>hamas>excludes'],
			mediates: s.edges['united-states>hamas>mediates']
		}).toEqual(expected);
	});

	it('puts markers on the top-right corner of the box, the top-left for a second note, none for an actor not drawn', () => {
		const board = nodeFor('trump', layout.nodes)!.box;
		// Board: x 8, width 208, so its right corner is at 216; the second note takes the left corner, 8 pulled in to
		// 12 + 2 = 14 and raised 5. A third steps 2 × 12 + 3 = 27 in from the right corner: 189. Hamas's corner (392) is
		// pulled in to 400 − 12 − 2 = 386 so the marker stays in the drawing.
		const notes = ['trump', 'board-of-peace', 'board-of-peace', 'hamas', 'netanyahu'].map((anchor, i) => ({
			n: i + 1,
			anchor
		}));
		expect(placeMarkers(notes, layout.nodes, layout.width)).toEqual([
			{ n: 1, x: 216, y: board.y },
			{ n: 2, x: 14, y: board.y - 5 },
			{ n: 3, x: 189, y: board.y },
			{ n: 4, x: 386, y: layout.nodes.find((n) => n.id === 'hamas')!.box.y }
		]);
	});
});

describe('with the real data', () => {
	const content = loadContentForTests();
	const layout = layoutGovernance(content.relations, Object.fromEntries(content.actors.map((a) => [a.id, a.name])));
	const frame: Rect = { x: 0, y: 0, width: WIDTH, height: layout.height };

	it('stays a portrait of about 600 units', () => {
		expect(layout.height).toBeLessThanOrEqual(620);
	});

	it('draws every relation, as an edge or a line inside a box', () => {
		const drawn =
			layout.edges.flatMap((e) => e.from).length + layout.nodes.reduce((sum, n) => sum + n.members.length, 0);
		expect(drawn).toBe(content.relations.length);
	});

	it('keeps boxes apart, text inside its box, and edge labels clear of boxes and of each other', () => {
		const boxes = layout.nodes.map((n) => n.box);
		boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
		for (const n of layout.nodes) {
			expect(inside(n.box, frame)).toBe(true);
			for (const line of [...lineBoxes(n.name), ...(n.detail ? lineBoxes(n.detail) : [])])
				expect(inside(line, n.box), `${n.id}: ${JSON.stringify(line)}`).toBe(true);
		}
		const labels = [
			...layout.edges.flatMap((e) => (e.label ? lineBoxes(e.label) : [])),
			...lineBoxes(layout.tier.caption)
		];
		for (const label of labels) {
			expect(inside(label, frame)).toBe(true);
			for (const box of boxes) expect(overlaps(label, box), JSON.stringify([label, box])).toBe(false);
		}
		labels.forEach((a, i) =>
			labels.slice(i + 1).forEach((b) => expect(overlaps(a, b, 2), JSON.stringify([a, b])).toBe(false))
		);
	});

	it('keeps a marker on every box, and a second on the Board, clear of the labels, the names and the other markers', () => {
		const notes = [...layout.nodes.map((node) => node.id), 'trump'].map((anchor, i) => ({ n: i + 1, anchor }));
		const markers = placeMarkers(notes, layout.nodes, layout.width);
		const circles = markers.map((m) => ({
			x: m.x - MARKER_R,
			y: m.y - MARKER_R,
			width: 2 * MARKER_R,
			height: 2 * MARKER_R
		}));
		const text = [
			...layout.edges.flatMap((e) => (e.label ? lineBoxes(e.label) : [])),
			...layout.nodes.flatMap((n) => [...lineBoxes(n.name), ...(n.detail ? lineBoxes(n.detail) : [])]),
			textBox(layout.tier.caption)
		];
		circles.forEach((c, i) => {
			expect(inside(c, frame)).toBe(true);
			const own = nodeFor(notes[i].anchor, layout.nodes)!;
			for (const other of layout.nodes.filter((n) => n !== own))
				expect(overlaps(c, other.box), `marker ${i + 1} on ${own.id} over ${other.id}`).toBe(false);
			for (const t of text) expect(overlaps(c, t), JSON.stringify([markers[i], t])).toBe(false);
			circles.slice(i + 1).forEach((d) => expect(overlaps(c, d)).toBe(false));
		});
	});
});

describe('the text alternative', () => {
	const actors = {
		trump: { name: 'Donald Trump' },
		'board-of-peace': { name: 'Board of Peace' },
		egypt: { name: 'Egypt' },
		hamas: { name: 'Hamas' }
	};
	const relations = [
		rel('trump', 'board-of-peace', 'chairs', 'chairs', [9]),
		rel('egypt', 'hamas', 'mediates', 'mediate talks with Israel')
	];
	it('has a row per relation, with its plan point or a dash', () => {
		expect(relationRows(relations, actors)).toEqual([
			{ from: 'Donald Trump', relation: 'chairs', to: 'Board of Peace', points: '9' },
			{ from: 'Egypt', relation: 'mediate talks with Israel', to: 'Hamas', points: '— (not in the plan’s text)' }
		]);
	});
	it('counts relations and actors and names the focus', () => {
		expect(describeGovernance(relations, actors, ['hamas'])).toBe(
			'Who oversees, trains, hands over to, guarantees, mediates or excludes whom, in the plan and the October 2025 talks: 2 relations between 4 actors ' +
				'(Donald Trump, Board of Peace, Egypt, Hamas), each listed in the table. Highlighted at this phase: Hamas.'
		);
	});
});
