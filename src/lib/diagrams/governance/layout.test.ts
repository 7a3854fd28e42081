// Tests the governance chart's layout worked by hand on small charts made up here, and its text alternative.
import { describe, expect, it } from 'vitest';
import type { Relation } from '$lib/content/types';
import { describeGovernance, relationRows } from './describe';
import { focusStates } from './highlight';
import { layoutGovernance, type GovernanceInput } from './layout';

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
const slot = (actor: string, x: number, width: number, more: object = {}) => ({ actor, x, width, ...more });

describe('layoutGovernance, worked by hand', () => {
	const chart: GovernanceInput['chart'] = {
		tier: { caption: 'Guarantors' },
		rows: [
			{ gap: 12, slots: [slot('egypt', 8, 90), slot('qatar', 105, 90)] },
			{ gap: 60, slots: [slot('board-of-peace', 8, 208), slot('hamas', 240, 152)] },
			{
				gap: 66,
				slots: [
					slot('technocratic-committee', 8, 180, { name: 'Technocratic committee', subtitle: 'day-to-day services' })
				]
			}
		],
		inside: [],
		arrows: [
			{
				from: 'board-of-peace',
				to: 'technocratic-committee',
				kind: 'oversees',
				sx: 40,
				tx: 40,
				side: 'right',
				width: 136
			}
		]
	};
	const layout = layoutGovernance({
		chart,
		relations: [rel('board-of-peace', 'technocratic-committee', 'oversees', 'oversees')],
		names
	});
	const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
	// Top tier: 12 down, one-line chips 8 + 16 + 7 = 31 high, so to 43; the caption row adds 6 + 14 + 6, to 69.
	// Board row: 60 below, at 129, 31 high, to 160. Committee row: its own gap, 66 (the arrow's one-line label needs only
	// 14 + 2 × 10 = 34), so at 226; its short name "Technocratic committee" (22 × 16 × 0.6 = 211.2 > 164) takes two
	// lines, plus "day-to-day services": 8 + 19 + 16 + 4 + 17 + 7 = 71 high. The drawing ends 8 below, at 305.
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
		{ input: 'height', expected: 305, get: () => layout.height },
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

	it('stops on a relation whose actor has no box and is written in none', () => {
		const relations = [rel('board-of-peace', 'nobody', 'funds', 'not drawn')];
		expect(() => layoutGovernance({ chart, relations, names })).toThrow(
			'The governance chart has no box for "nobody" (data/governance-chart.json)'
		);
	});
});

describe('edges from the data', () => {
	const chart: GovernanceInput['chart'] = {
		tier: { caption: 'Guarantors and mediators' },
		rows: [
			{
				gap: 12,
				slots: [
					slot('egypt', 8, 90),
					slot('qatar', 105, 90),
					slot('united-states', 202, 90, { name: 'US' }),
					slot('turkey', 299, 90)
				]
			},
			{ gap: 60, slots: [slot('board-of-peace', 8, 208), slot('hamas', 240, 152)] },
			{ gap: 30, slots: [slot('isf', 220, 172, { name: 'ISF', subtitle: 'stabilization force' })] }
		],
		inside: [
			{ from: 'trump', to: 'board-of-peace', box: 'board-of-peace', name: 'Trump' },
			{ from: 'jordan', to: 'palestinian-police', box: 'isf' }
		],
		arrows: [{ from: 'board-of-peace', to: 'hamas', kind: 'excludes', side: 'inside', width: 136 }]
	};
	const relations = [
		rel('egypt', 'hamas', 'guarantees', 'guarantor'),
		rel('qatar', 'hamas', 'guarantees', 'guarantor'),
		rel('united-states', 'hamas', 'mediates', 'talks'),
		rel('trump', 'board-of-peace', 'chairs', 'chairs'),
		rel('jordan', 'palestinian-police', 'trains', 'consulted'),
		rel('board-of-peace', 'hamas', 'excludes', 'no role')
	];
	const layout = layoutGovernance({ chart, relations, names });
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
});

describe('an exclusion that is the plan’s own rule, written inside the excluded box', () => {
	const chart: GovernanceInput['chart'] = {
		tier: { caption: 'Guarantors' },
		rows: [
			{ gap: 12, slots: [slot('egypt', 8, 90)] },
			{ gap: 60, slots: [slot('board-of-peace', 8, 208), slot('hamas', 240, 152)] }
		],
		inside: [{ from: 'plan-text', to: 'hamas', box: 'hamas', name: 'Point 13' }],
		arrows: []
	};
	const relations = [
		rel('egypt', 'hamas', 'guarantees', 'guarantor'),
		rel('plan-text', 'hamas', 'excludes', 'no role in governing', [13])
	];
	const layout = layoutGovernance({ chart, relations, names });
	const hamas = layout.nodes.find((n) => n.id === 'hamas')!;

	it('draws no arrow from anyone for it, and writes its rule once, with whose it is', () => {
		expect(layout.edges.map((e) => e.id)).toEqual(['egypt>hamas>guarantees']);
		// 136 units inside the box hold 17 characters at 14 × 0.55: "Point 13: no role" and no more.
		expect(hamas.detail!.lines).toEqual(['Point 13: no role', 'in governing']);
	});

	it('still draws the excluded box dashed, its name struck through', () => {
		expect(hamas.excluded).toBe(true);
		expect(hamas.strikes).toHaveLength(1);
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
			'Who oversees, trains, hands over to, guarantees, mediates or excludes whom, ' +
				'in the plan and the October 2025 talks: 2 relations between 4 actors ' +
				'(Donald Trump, Board of Peace, Egypt, Hamas), each listed in the table. Highlighted at this phase: Hamas.'
		);
	});
});
