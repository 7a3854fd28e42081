// Tests the sequence's layout worked by hand: zones, boxes, tags, the crossed arrows, and its text alternative; and its
// stage layout, on the real content, for a classroom's projector.
import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import { STAGE } from '../format';
import { circleBox, inside, overlaps, type Rect } from '../geometry';
import { lineBoxes, textBox, wrapText, type TextBlock } from '../text';
import { describeSequence, sequenceRows } from './describe';
import { orderDisputes } from './disputes';
import { phaseStates, pointerX, pointerY } from './current-phase';
import { crossing, layoutSequence, type PhaseInput } from './layout';
import { makeSequence } from './maker';

describe('wrapText', () => {
	// 14 px text: 0.55 × 14 = 7.7 units a character, so 100 units hold 12 characters (92.4) but not 13 (100.1).
	const cases = [
		{ input: { text: 'Both sides accept', width: 200 }, expected: ['Both sides accept'] },
		{
			input: { text: 'once all hostages are released', width: 100 },
			expected: ['once all', 'hostages are', 'released']
		},
		{ input: { text: 'demilitarisation', width: 50 }, expected: ['demilitarisation'] },
		{ input: { text: '  spaced   out  ', width: 200 }, expected: ['spaced out'] }
	];
	it.each(cases)('wraps $input.text at $input.width', ({ input, expected }) => {
		expect(wrapText(input.text, input.width, 14)).toEqual(expected);
	});
});

describe('layoutSequence', () => {
	const two: PhaseInput[] = [
		{ id: 'a', title: 'First', condition: 'Go', status: 'agreed' },
		{ id: 'b', title: 'Second', condition: 'Then', status: 'disputed' }
	];
	// Zone 1 starts at 6; its one-line trigger (14 high) sits 7 below, so it ends at 27; the box starts 7 later, at 34
	// (also the least zone height, 6 + 28). A one-line box is 7 + 22 + 7 = 36 high, so it ends at 70; zone 2 runs
	// 70 → 98 the same way; box 2 ends at 134 and the drawing is 8 taller, 142.
	const cases = [
		{
			input: 'box tops',
			expected: [34, 98],
			get: (l: ReturnType<typeof layoutSequence>) => l.boxes.map((b) => b.box.y)
		},
		{
			input: 'box heights',
			expected: [36, 36],
			get: (l: ReturnType<typeof layoutSequence>) => l.boxes.map((b) => b.box.height)
		},
		{ input: 'height', expected: 142, get: (l: ReturnType<typeof layoutSequence>) => l.height },
		// The number circle is centred on the first row: 34 + 7 + 11 = 52.
		{
			input: 'circle centres',
			expected: [52, 116],
			get: (l: ReturnType<typeof layoutSequence>) => l.boxes.map((b) => b.circle.cy)
		},
		// "agreed" is 6 characters: 6 × 7.7 + 2 × 8 = 62.2 wide, right-aligned at 366 − 8 = 358, straddling the top border.
		{
			input: 'first status tag',
			expected: { x: 295.8, y: 24, width: 62.2, height: 20 },
			get: (l: ReturnType<typeof layoutSequence>) => l.boxes[0].tag.pill
		},
		// Connectors run down the rail at x 34 from the top of each zone to the top of the box.
		{
			input: 'connectors',
			expected: [
				[6, 34],
				[70, 98]
			],
			get: (l: ReturnType<typeof layoutSequence>) => l.connectors.map((c) => [c.y1, c.y2])
		}
	];
	it.each(cases)('places the $input', ({ expected, get }) => {
		expect(get(layoutSequence(two, []))).toEqual(expected);
	});

	it('gives the note its own room in the zone and crosses the arrows level with it', () => {
		const dispute = {
			id: 'swap',
			into: 'b',
			swap: ['a', 'b'] as [string, string],
			statements: [{ voice: 'reported' as const, text: 'b then a' }]
		};
		const layout = layoutSequence(two, [dispute]);
		const [card] = layout.cards;
		// The note starts 8 below the trigger (which ends at 91): 99; one line (14) with 6 padding each side: 26 high.
		expect(card.box).toEqual({ x: 52, y: 99, width: 314, height: 26 });
		// The note reaches over the status tag, so the box keeps 10 + 5 clear of it: 125 + 15 = 140.
		expect(layout.boxes[1].box.y).toBe(140);
		expect(layout.connectors[1].crossed?.at).toEqual({ x: 34, y: 112 });
		expect(layout.connectors[0].crossed).toBeNull();
	});
});

describe('crossing', () => {
	// From 100 to 300, crossing at 200: the swap takes 2 × 24 units
	// (the half width is 12, the stretch twice that) around 200.
	const cases = [
		{ input: [100, 300, 200], expected: { plan: 'M22,100V176L46,224V300', reported: 'M22,300V224L46,176V100' } },
		// A short zone: the stretch shrinks to half the zone less 4, so both paths stay inside it.
		{ input: [0, 40, 20], expected: { plan: 'M22,0V4L46,36V40', reported: 'M22,40V36L46,4V0' } }
	];
	it.each(cases)('crosses between $input', ({ input, expected }) => {
		const [top, bottom, middle] = input;
		expect(crossing(top, bottom, middle)).toMatchObject(expected);
	});
});

describe('phaseStates', () => {
	const ids = ['a', 'b', 'c'];
	const cases = [
		{ input: 'a', expected: { a: 'current', b: 'future', c: 'future' } },
		{ input: 'b', expected: { a: 'past', b: 'current', c: 'future' } },
		{ input: 'c', expected: { a: 'past', b: 'past', c: 'current' } },
		{ input: 'elsewhere', expected: { a: 'future', b: 'future', c: 'future' } }
	];
	it.each(cases)('at $input', ({ input, expected }) => expect(phaseStates(ids, input)).toEqual(expected));
});

describe('pointerY', () => {
	const layout = layoutSequence(
		[
			{ id: 'a', title: 'First', condition: 'Go', status: 'agreed' },
			{ id: 'b', title: 'Second', condition: 'Then', status: 'agreed' }
		],
		[]
	);
	// Number circles sit at 52 and 116: the pointer slides level with the current phase's circle.
	it('points at the current phase only', () => {
		expect(pointerY(layout.boxes, 'b')).toBe(116);
		expect(pointerY(layout.boxes, 'nowhere')).toBeNull();
	});
});

describe('the text alternative', () => {
	const phases = [
		{ id: 'a', title: 'First', trigger: 'Go', dependsOn: [], status: 'agreed' as const, statusNote: 'Signed.' },
		{
			id: 'b',
			title: 'Second',
			trigger: 'Then',
			dependsOn: ['a'],
			status: 'disputed' as const,
			statusNote: 'Sources differ.'
		}
	];
	it('has a row per phase with what it depends on', () => {
		expect(sequenceRows(phases)).toEqual([
			{ order: 1, id: 'a', phase: 'First', trigger: 'Go', dependsOn: '—', status: 'agreed: Signed.' },
			{
				order: 2,
				id: 'b',
				phase: 'Second',
				trigger: 'Then',
				dependsOn: '1. First',
				status: 'disputed: Sources differ.'
			}
		]);
	});
	it('says where the reader is and where the order differs', () => {
		const dispute = {
			id: 'd',
			into: 'b',
			statements: [
				{ voice: 'reported' as const, text: 'B first' },
				{ voice: 'plan' as const, text: 'A first' }
			]
		};
		expect(describeSequence(phases, 'b', [dispute])).toBe(
			'The plan’s 2 phases as a flow, each entered when its trigger is met: 1, First (agreed); 2, Second (disputed). ' +
				'This page is at phase 2 of 2, Second. Where the reporting tells a different order: B first, against A first.'
		);
	});
});

describe('the stage layout of the real content', () => {
	const content = loadContentForTests();
	const sequence = makeSequence(content, 'stage');
	const { layout } = sequence;
	const frame: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };
	const texts: TextBlock[] = [
		...layout.boxes.flatMap((b) => [b.title, b.tag.text]),
		...layout.connectors.map((c) => c.trigger),
		...layout.cards.flatMap((c) => c.statements.map((s) => s.text))
	];
	const labels = [
		...layout.boxes.flatMap((b) => [...lineBoxes(b.title), b.tag.pill]),
		...layout.connectors.flatMap((c) => lineBoxes(c.trigger)),
		...layout.cards.flatMap((c) => c.statements.flatMap((s) => lineBoxes(s.text)))
	];
	const pairs = <T>(items: T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
	// A quote on every phase, and a second on the first: as many as any column's gutter may have to hold.
	const notes = [...content.phases.map((p) => p.id), content.phases[0].id].map((anchor, i) => ({ n: i + 1, anchor }));
	const markers = sequence.placeMarkers(notes, {});

	it('fits the stage’s room and uses its width: 1100 units wide, at most 730 high', () => {
		expect(layout.width).toBe(STAGE.width);
		expect(layout.height).toBeLessThanOrEqual(STAGE.height);
		// Landscape, and not half empty: a drawing much shorter than the room would be scaled up past the notes' column.
		expect(layout.height).toBeGreaterThan(STAGE.height * 0.8);
	});

	it('sets every text at 24 units or more: labels, tags, the numbers in the circles and in the markers', () => {
		for (const t of texts) expect(t.size, t.lines.join(' ')).toBeGreaterThanOrEqual(STAGE.minText);
		expect(layout.ink.number).toBeGreaterThanOrEqual(STAGE.minText);
		expect(layout.ink.check).toBeGreaterThanOrEqual(STAGE.minText);
		// QuoteMarker.svelte sets a marker's number at max(15, round(1.2 × its radius)).
		for (const m of markers) expect(Math.max(15, Math.round(m.r * 1.2))).toBeGreaterThanOrEqual(STAGE.minText);
	});

	it('runs the flow down two columns side by side, from the foot of the first to the top of the second', () => {
		const lefts = [...new Set(layout.boxes.map((b) => b.box.x))];
		expect(lefts).toHaveLength(2);
		expect(layout.boxes.map((b) => b.n)).toEqual(content.phases.map((_, i) => i + 1));
		const bends = layout.connectors.filter((c) => c.bend);
		expect(bends).toHaveLength(1);
		const [bend] = bends;
		const into = layout.boxes.findIndex((b) => b.id === bend.into);
		const before = layout.boxes[into - 1];
		expect(layout.boxes[into].box.x).toBe(lefts[1]);
		expect(bend.bend).toMatch(new RegExp(`^M${before.circle.cx},${before.box.y + before.box.height}V`));
		expect(bend.bend).toMatch(new RegExp(`H${bend.x}V${bend.y2 - 1}$`));
		// The pointer moves across to the second column for its phases.
		expect(pointerX(layout.boxes, layout.boxes[0].id)).toBe(0);
		expect(pointerX(layout.boxes, bend.into)).toBe(lefts[1] - lefts[0]);
	});

	it('draws the same phases, statuses, notes and crossed arrows as the page', () => {
		const page = makeSequence(content).layout;
		const what = (l: typeof layout) => ({
			boxes: l.boxes.map((b) => [b.id, b.n, b.status, b.title.lines.join(' '), b.tag.text.lines]),
			triggers: l.connectors.map((c) => [c.into, c.trigger.lines.join(' '), c.crossed !== null]),
			cards: l.cards.map((c) => [c.id, c.into, c.statements.map((s) => [s.voice, s.text.lines.join(' ')])])
		});
		expect(what(layout)).toEqual(what(page));
		expect(layout.cards).toHaveLength(orderDisputes(content).length);
	});

	it('keeps every label inside and clear of every other, titles in their boxes, tags’ words in their tags', () => {
		for (const label of labels) expect(inside(label, frame), JSON.stringify(label)).toBe(true);
		for (const [a, b] of pairs(labels)) expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false);
		// A browser measures a text of several lines as one box: each text's whole box keeps clear of the others too.
		for (const [a, b] of pairs(texts)) expect(overlaps(textBox(a), textBox(b)), `${a.lines} / ${b.lines}`).toBe(false);
		for (const b of layout.boxes) {
			expect(inside(textBox(b.title), b.box), b.id).toBe(true);
			expect(inside(textBox(b.tag.text), b.tag.pill), b.id).toBe(true);
			expect(inside(circleBox({ x: b.circle.cx, y: b.circle.cy }, b.circle.r), b.box), b.id).toBe(true);
		}
		for (const c of layout.cards) for (const s of c.statements) expect(inside(textBox(s.text), c.box), c.id).toBe(true);
	});

	it('keeps the markers inside, apart, clear of boxes, texts and the flow’s climb, each beside its phase', () => {
		expect(markers).toHaveLength(notes.length);
		const climbs = layout.connectors.flatMap((c) => {
			const x = Number(c.bend?.match(/H([\d.]+)V/)?.[1]);
			return c.bend ? [{ x: x - 2, y: 0, width: 4, height: layout.height }] : [];
		});
		expect(climbs).toHaveLength(1);
		const taken = [
			...layout.boxes.map((b) => b.box),
			...layout.connectors.map((c) => textBox(c.trigger)),
			...layout.cards.map((c) => c.box),
			...labels,
			...climbs
		];
		for (const m of markers) {
			expect(inside(circleBox(m, m.r), frame), `marker ${m.n}`).toBe(true);
			for (const t of taken) expect(overlaps(circleBox(m, m.r), t, 4), `marker ${m.n}`).toBe(false);
			// Its leader ends on the right edge of the box of the phase it speaks about.
			const own = layout.boxes.find((b) => b.id === notes[m.n - 1].anchor)!;
			expect(m.target?.x).toBe(own.box.x + own.box.width);
			expect(m.target!.y).toBeGreaterThan(own.box.y);
			expect(m.target!.y).toBeLessThan(own.box.y + own.box.height);
		}
		for (const [a, b] of pairs(markers)) expect(overlaps(circleBox(a, a.r), circleBox(b, b.r), 4)).toBe(false);
	});
});

describe('the stage layout of a flow that cannot split between two swapped phases', () => {
	const phases: PhaseInput[] = ['a', 'b', 'c'].map((id) => ({ id, title: id, condition: id, status: 'agreed' }));
	const swap = { id: 's', into: 'b', swap: ['a', 'b'] as [string, string], statements: [] };
	it('keeps the swapped pair in one column', () => {
		const layout = layoutSequence(phases, [swap], 'stage');
		const [a, b, c] = layout.boxes.map((x) => x.box.x);
		expect(a).toBe(b);
		expect(c).toBeGreaterThan(a);
		expect(layout.connectors[1].crossed).not.toBeNull();
	});
});
