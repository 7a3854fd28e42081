// Tests the figures' layout worked by hand: each row's scale, marks pushed apart, the rows and the legend; on a page
// and on the stage of a diagram slide.
import { describe, expect, it } from 'vitest';
import type { Figure, Phase } from '$lib/content/types';
import {
	dodge,
	FORMATS,
	GUTTER,
	layoutFigures,
	MARKS_RIGHT,
	planRows,
	reasonOf,
	referencedFigures,
	rowScale,
	type FiguresLayout
} from './layout';
import { STAGE } from '../format';
import { inside, overlaps, type Rect } from '../geometry';
import { textBox, textWidth } from '../text';
import { pillWidth } from './text';

const figure = (id: string, values: [number, string][], extra: Partial<Figure> = {}): Figure => ({
	id,
	label: id,
	unit: 'people',
	values: values.map(([value, source]) => ({ value, source })),
	...extra
});

describe('rowScale', () => {
	const cases = [
		// Spread 80 is under a quarter of 1,219: zoom. Padded by 24 to 1,115–1,243, rounded to steps of 50: 1,100–1,250.
		{ input: { values: [1200, 1219, 1139], unit: 'people' }, expected: { domain: [1100, 1250], zoomed: true } },
		// Spread 21, padded by 6.3 to 67,132.7–67,166.3, rounded to steps of 10: 67,130–67,170.
		{ input: { values: [67139, 67160, 67160], unit: 'people' }, expected: { domain: [67130, 67170], zoomed: true } },
		// Counted out of the 48 held: the axis runs 0–48 whatever the values.
		{ input: { values: [28, 20], unit: 'people', within: 48 }, expected: { domain: [0, 48], zoomed: false } },
		// A share runs 0–100 %.
		{ input: { values: [25], unit: '% of the Strip' }, expected: { domain: [0, 100], zoomed: false } },
		// One value: from zero, rounded up in steps of 500 (1,950 / 4 ≈ 490): 0–2,000.
		{ input: { values: [1950], unit: 'prisoners' }, expected: { domain: [0, 2000], zoomed: false } },
		// A wide spread (20 against 28 is more than a quarter of 28): from zero, rounded to 0–30.
		{ input: { values: [20, 28], unit: 'people' }, expected: { domain: [0, 30], zoomed: false } }
	];
	it.each(cases)('$input.values', ({ input, expected }) =>
		expect(rowScale(input.values, input.unit, input.within)).toEqual(expected)
	);
});

describe('dodge', () => {
	const cases = [
		// Apart already: untouched.
		{
			input: {
				items: [
					{ x: 50, width: 20 },
					{ x: 100, width: 20 }
				],
				lo: 0,
				hi: 400
			},
			expected: [50, 100]
		},
		// 40-wide marks wanted at 100 and 110 overlap: together they take 40 + 4 + 40 = 84, centred on 105: 83 and 127.
		{
			input: {
				items: [
					{ x: 100, width: 40 },
					{ x: 110, width: 40 }
				],
				lo: 0,
				hi: 400
			},
			expected: [83, 127]
		},
		// Input order is kept in the output: the same two, listed the other way round.
		{
			input: {
				items: [
					{ x: 110, width: 40 },
					{ x: 100, width: 40 }
				],
				lo: 0,
				hi: 400
			},
			expected: [127, 83]
		},
		// Too close to the right edge: pulled in so it ends at 400 (centre 390).
		{ input: { items: [{ x: 395, width: 20 }], lo: 0, hi: 400 }, expected: [390] },
		// Too close to the left edge: pushed in so it starts at 8 (centre 18).
		{ input: { items: [{ x: 2, width: 20 }], lo: 8, hi: 400 }, expected: [18] }
	];
	it.each(cases)('$input.items', ({ input, expected }) => {
		const got = dodge(input.items, input.lo, input.hi);
		got.forEach((x, i) => expect(x).toBeCloseTo(expected[i]));
	});
});

describe('planRows', () => {
	const figures = ['a', 'b', 'c', 'd'].map((id) => figure(id, [[1, 'article-a']]));
	const cases = [
		// c is drawn out of a, so a needs no row of its own; d is pointed at by a phase and gets one; zz does not exist.
		{
			input: { defaults: [{ figure: 'b' }, { figure: 'c', within: 'a' }], referenced: ['a', 'd', 'zz'] },
			expected: [{ figure: 'b' }, { figure: 'c', within: 'a' }, { figure: 'd' }]
		},
		// A default row whose figure is missing from the ledger is left out; rows follow the ledger's order.
		{
			input: { defaults: [{ figure: 'd' }, { figure: 'missing' }, { figure: 'a' }], referenced: [] },
			expected: [{ figure: 'a' }, { figure: 'd' }]
		}
	];
	it.each(cases)('$input.referenced', ({ input, expected }) =>
		expect(planRows(figures, input.referenced, input.defaults)).toEqual(expected)
	);
});

describe('referencedFigures', () => {
	it('collects the focus and anchors of figures diagrams only', () => {
		const phases = [
			{
				diagrams: [
					{ kind: 'figures', focus: ['a'], annotations: [{ quote: 'q', anchor: 'b' }] },
					{ kind: 'sequence', annotations: [{ quote: 'q', anchor: 'p' }] }
				]
			}
		] as unknown as Phase[];
		expect(referencedFigures(phases)).toEqual(['a', 'b']);
	});
});

describe('reasonOf', () => {
	const cases = [
		{
			input: { note: 'Three tallies: Israel’s, AFP’s. About 1,200 is the Israeli figure.' },
			expected: 'Three tallies: Israel’s, AFP’s.'
		},
		{ input: { caveat: 'Counts vary. Other reports say six.' }, expected: 'Counts vary.' },
		{ input: {}, expected: '' }
	];
	it.each(cases)('$expected', ({ input, expected }) =>
		expect(reasonOf(figure('x', [[1, 'article-a']], input))).toBe(expected)
	);
});

describe('layoutFigures', () => {
	const figures = {
		killed: figure(
			'killed',
			[
				[1200, 'article-a'],
				[1219, 'article-b'],
				[1139, 'article-d']
			],
			{ note: 'Three tallies.' }
		),
		gaza: figure(
			'gaza',
			[
				[67139, 'article-b'],
				[67160, 'article-c'],
				[67160, 'article-d']
			],
			{ note: 'Daily updates.' }
		),
		held: figure('held', [
			[48, 'article-a'],
			[48, 'article-c']
		]),
		alive: figure(
			'alive',
			[
				[28, 'article-a'],
				[20, 'article-c']
			],
			{ note: 'A says dead, C alive.' }
		)
	};
	const sources = ['a', 'b', 'c', 'd'].map((l) => ({
		id: `article-${l}`,
		letter: l.toUpperCase(),
		label: `Article ${l.toUpperCase()}`
	}));
	const layout = layoutFigures({
		figures,
		rows: [{ figure: 'killed' }, { figure: 'gaza' }, { figure: 'alive', within: 'held' }],
		sources
	});

	it('gives sources that agree one mark: C and D both say 67,160', () => {
		const gaza = layout.rows.find((r) => r.id === 'gaza')!;
		expect(gaza.marks.map((m) => m.text)).toEqual(['B 67,139', 'C D 67,160']);
		expect(gaza.marks[1].sources).toEqual(['article-c', 'article-d']);
	});

	it('states each axis: zoomed where it does not start at zero, out of the 48 held for the living', () => {
		expect(layout.rows[0].axis).toMatchObject({ left: '1,100', right: '1,250', note: 'zoomed: not from zero' });
		expect(layout.rows[2].axis).toMatchObject({ left: '0', right: '48 held (A, C)', note: '' });
		expect(layout.rows[2].figures).toEqual(['alive', 'held']);
		expect(layout.rows[2].title[0].text).toBe('alive, of 48 held');
	});

	it('keeps marks apart, clear of the marker gutter, each with its true place on the axis', () => {
		for (const row of layout.rows) {
			const sorted = [...row.marks].sort((a, b) => a.x - b.x);
			for (let i = 1; i < sorted.length; i++)
				expect(sorted[i].x - sorted[i].width / 2).toBeGreaterThanOrEqual(sorted[i - 1].x + sorted[i - 1].width / 2);
			for (const m of row.marks) {
				expect(m.x + m.width / 2).toBeLessThanOrEqual(MARKS_RIGHT);
				expect(m.trueX).toBeGreaterThanOrEqual(row.axis.x0);
				expect(m.trueX).toBeLessThanOrEqual(row.axis.x1);
			}
		}
	});

	it('stacks the rows without overlap and keeps text left of the markers', () => {
		for (let i = 1; i < layout.rows.length; i++)
			expect(layout.rows[i].top).toBeGreaterThanOrEqual(layout.rows[i - 1].top + layout.rows[i - 1].height);
		for (const row of layout.rows)
			for (const t of [...row.title, ...row.reason])
				expect(t.x + textWidth(t.text, 16, true)).toBeLessThanOrEqual(GUTTER.x - GUTTER.r);
		expect(layout.height).toBeGreaterThan(layout.rows[2].top + layout.rows[2].height);
	});

	it('lays the legend out on lines that fit', () => {
		expect(layout.legend.map((l) => l.letter)).toEqual(['A', 'B', 'C', 'D']);
		for (const l of layout.legend) expect(l.textX + textWidth(l.label, 14)).toBeLessThanOrEqual(GUTTER.x);
	});
});

describe('layoutFigures on the stage (a diagram slide at 1920×1080, one unit to one pixel)', () => {
	// Five rows, as the real ledger draws: the two tallies of the dead, the living of the 48 held, the prisoners freed
	// and a share; each reason one sentence, as long as the real ones.
	const figures = {
		killed: figure(
			'killed',
			[
				[1200, 'article-a'],
				[1219, 'article-b'],
				[1139, 'article-d']
			],
			{ label: 'Killed in the 7 October 2023 attack', note: 'Three tallies: Israel’s, AFP’s, Al Jazeera’s.' }
		),
		held: figure('held', [
			[48, 'article-a'],
			[48, 'article-c']
		]),
		alive: figure(
			'alive',
			[
				[28, 'article-a'],
				[20, 'article-c']
			],
			{ label: 'Hostages believed alive', note: 'A says 20 are dead, C that 20 are alive.' }
		),
		prisoners: figure('prisoners', [[1950, 'article-a']], {
			label: 'Prisoners and detainees to be freed',
			note: 'The plan’s 250 plus 1,700, added up.'
		}),
		gaza: figure(
			'gaza',
			[
				[67139, 'article-b'],
				[67160, 'article-c'],
				[67160, 'article-d']
			],
			{ label: 'Killed in Gaza since 7 October 2023', note: 'Daily ministry updates; B is a day older.' }
		),
		share: figure('share', [[25, 'article-c']], {
			label: 'Share Israel would keep (Barghouti)',
			unit: '% of the Strip',
			note: 'Barghouti’s figure; official stage one: 53%.'
		})
	};
	const input = {
		figures,
		rows: [
			{ figure: 'killed' },
			{ figure: 'alive', within: 'held' },
			{ figure: 'prisoners' },
			{ figure: 'gaza' },
			{ figure: 'share' }
		],
		sources: ['a', 'b', 'c', 'd'].map((l) => ({
			id: `article-${l}`,
			letter: l.toUpperCase(),
			label: `Article ${l.toUpperCase()}`
		}))
	};
	const stage = layoutFigures(input, 'stage');
	const page = layoutFigures(input);
	const { sizes } = stage;
	const frame: Rect = { x: 0, y: 0, width: stage.width, height: stage.height };
	const box = (
		text: string,
		x: number,
		baseline: number,
		size: number,
		anchor: 'start' | 'middle' | 'end',
		bold = false
	) => textBox({ x, y: baseline, lines: [text], size, lineHeight: size, anchor, bold });
	/** Every text the drawing shows, with the box it takes; a mark's is its pill. */
	const texts = stage.rows.flatMap((row) => {
		const labelY = row.axisY + sizes.labelDrop;
		return [
			...row.title.map((t) => ({ text: t.text, box: box(t.text, t.x, t.y, sizes.large, 'start', true) })),
			...row.reason.map((t) => ({ text: t.text, box: box(t.text, t.x, t.y, sizes.small, 'start') })),
			{ text: row.axis.left, box: box(row.axis.left, row.axis.x0, labelY, sizes.small, 'start') },
			{ text: row.axis.right, box: box(row.axis.right, row.axis.x1, labelY, sizes.small, 'end') },
			...(row.axis.note
				? [
						{
							text: row.axis.note,
							box: box(row.axis.note, (row.axis.x0 + row.axis.x1) / 2, labelY, sizes.small, 'middle')
						}
					]
				: []),
			...row.marks.map((m) => ({
				text: m.text,
				box: { x: m.x - m.width / 2, y: row.pillY - sizes.pill / 2, width: m.width, height: sizes.pill }
			}))
		];
	});
	const legend = stage.legend.flatMap((l) => [
		{
			text: l.letter,
			box: {
				x: l.x - pillWidth(l.letter, sizes.small) / 2,
				y: l.y - sizes.pill / 2,
				width: pillWidth(l.letter, sizes.small),
				height: sizes.pill
			}
		},
		{ text: l.label, box: box(l.label, l.textX, l.y + 0.35 * sizes.small, sizes.small, 'start') }
	]);
	const pairs = <T>(items: T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));

	it('fits the stage’s room, 1100 wide and at most 730 tall, and fills most of its height', () => {
		expect(stage.width).toBe(STAGE.width);
		expect(stage.height).toBeLessThanOrEqual(STAGE.height);
		expect(stage.height).toBeGreaterThan(0.85 * STAGE.height);
	});

	it('sets every text at 24 units or more, and its markers large enough for a number of 24', () => {
		expect(Math.min(sizes.small, sizes.large)).toBeGreaterThanOrEqual(STAGE.minText);
		// QuoteMarker sets the number at 1.2 × the radius.
		expect(Math.round(FORMATS.stage.gutter.r * 1.2)).toBeGreaterThanOrEqual(STAGE.minText);
		// Marks are tall enough for their text with room above and below.
		expect(sizes.pill).toBeGreaterThanOrEqual(sizes.small + 8);
	});

	it('keeps every text inside the drawing and apart from every other', () => {
		const all = [...texts, ...legend];
		for (const t of all) expect(inside(t.box, frame), t.text).toBe(true);
		for (const [a, b] of pairs(all)) expect(overlaps(a.box, b.box, 2), `${a.text} / ${b.text}`).toBe(false);
	});

	it('puts each row’s reason beside it, right of the markers’ gutter, and its title and marks left of it', () => {
		const { gutter } = FORMATS.stage;
		for (const row of stage.rows) {
			expect(row.reason.length, row.id).toBeGreaterThan(0);
			for (const line of row.reason) expect(line.x).toBeGreaterThanOrEqual(gutter.x + gutter.r + 6);
			expect(row.reason[0].y).toBe(row.title[0].y);
			for (const t of row.title)
				expect(t.x + textWidth(t.text, sizes.large, true)).toBeLessThanOrEqual(gutter.x - gutter.r);
			for (const m of row.marks) expect(m.x + m.width / 2).toBeLessThanOrEqual(gutter.x - gutter.r);
			// The reason's lines end within the row.
			const last = row.reason[row.reason.length - 1];
			expect(last.y).toBeLessThanOrEqual(row.top + row.height);
		}
		for (let i = 1; i < stage.rows.length; i++)
			expect(stage.rows[i].top).toBeGreaterThanOrEqual(stage.rows[i - 1].top + stage.rows[i - 1].height);
	});

	it('runs the legend along the top on one line, above the first row', () => {
		expect(new Set(stage.legend.map((l) => l.y)).size).toBe(1);
		expect(stage.legend[0].y + sizes.pill / 2).toBeLessThanOrEqual(stage.rows[0].top);
	});

	it('draws what the page draws: the same rows, marks, axes, reasons and legend', () => {
		const meaning = (l: FiguresLayout) => ({
			rows: l.rows.map((r) => ({
				id: r.id,
				title: r.title.map((t) => t.text).join(' '),
				marks: r.marks.map((m) => m.text),
				axis: r.axis.left + ' / ' + r.axis.right + ' / ' + r.axis.note,
				reason: r.reason.map((t) => t.text).join(' ')
			})),
			legend: l.legend.map((e) => [e.letter, e.label])
		});
		expect(meaning(stage)).toEqual(meaning(page));
	});

	it('keeps the page’s sizes as they were', () => {
		expect(page.sizes).toEqual({ small: 14, large: 16, pill: 22, labelDrop: 16, tick: 4, dot: 3, bar: 3, stroke: 1 });
		expect(page.width).toBe(400);
	});
});
