// Tests the sequence's layout worked by hand: zones, boxes, tags, the crossed arrows, and its text alternative.
import { describe, expect, it } from 'vitest';
import { wrapText } from '../text';
import { describeSequence, sequenceRows } from './describe';
import { crossing, layoutSequence, phaseStates, pointerY, type PhaseInput } from './layout';

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
