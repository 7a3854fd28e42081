// Tests the governance chart made ready from the fixture content: where a quote's marker goes on the chart.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { makeGovernance } from './maker';

const content = loadFixtureContent();
const governance = makeGovernance(content);
const box = (id: string) => governance.layout.nodes.find((n) => n.id === id)!.box;

describe('makeGovernance', () => {
	it('places the fixture’s boxes where its chart says, the force centred on its row', () => {
		expect(box('guarantor-north')).toEqual({ x: 8, y: 12, width: 185, height: 52 });
		expect(box('fixture-board')).toEqual({ x: 8, y: 150, width: 200, height: 52 });
		// The police box is 71 high, the force's 50: the force sits (71 − 50) / 2 = 10.5 below the row's top (279).
		expect(box('fixture-police')).toMatchObject({ y: 279, height: 71 });
		expect(box('fixture-force')).toMatchObject({ y: 289.5, height: 50 });
	});

	// Markers have a radius of 12 and keep 5 clear of other boxes, of all text and of each other (room for a focused
	// box's thick border); they stay 2 in from the chart's sides. The nearest spots are tried on a grid of whole units.
	const cases = [
		{
			// The board's top-right corner is at (8 + 200, 150). The chair sits inside the board's box: its note takes the
			// other corner, (8, 150 − 5), pulled into the frame at x 2 + 12 = 14.
			name: 'a box’s top-right corner first, then the other corner for a person drawn inside it',
			input: ['fixture-board', 'fixture-chair', 'fixture-bystander'],
			expected: [
				{ n: 1, x: 208, y: 150, r: 12 },
				{ n: 2, x: 14, y: 145, r: 12 }
			]
		},
		{
			// North's right corner (193, 12) is too near South's box at 207: the marker keeps 12 + 5 from it, at 190. The
			// second note takes the left corner (8, 7), pulled in to (14, 12); the third steps 2 × 12 + 3 = 27 in from the
			// right corner, to 166, and then keeps 2 × 12 + 5 = 29 from the first: 161.
			name: 'three notes on one box: both corners, then a step inwards, each clear of the other box and markers',
			input: ['guarantor-north', 'guarantor-north', 'guarantor-north'],
			expected: [
				{ n: 1, x: 190, y: 12, r: 12 },
				{ n: 2, x: 14, y: 12, r: 12 },
				{ n: 3, x: 161, y: 12, r: 12 }
			]
		},
		{
			// The chart puts the force's marker on its left corner: (8, 289.5 − 5), pulled in to x 14. Its name's first
			// line starts at 297.5, so the marker's circle and the 5 it keeps clear must end above it: y 280.
			name: 'the corner the chart names, clear of the box’s own name',
			input: ['fixture-force'],
			expected: [{ n: 1, x: 14, y: 280, r: 12 }]
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const notes = input.map((anchor, i) => ({ n: i + 1, anchor }));
		expect(governance.placeMarkers(notes, { focus: [] })).toEqual(expected);
	});

	it('names the focus in its description', () => {
		expect(governance.describe({ focus: ['fixture-board', 'fixture-chair'] }, 'phase-two')).toContain(
			'Highlighted at this phase: Fixture board, Fixture Chair Person.'
		);
	});
});
