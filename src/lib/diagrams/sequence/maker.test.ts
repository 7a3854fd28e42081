// Tests the sequence made ready from the fixture content: where a quote's marker goes, and what a phase's drawing says.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { makeSequence } from './maker';

const content = loadFixtureContent();
const sequence = makeSequence(content);

describe('makeSequence', () => {
	// The fixture's boxes: phase one from 34 to 70 (circle at 52), phase three from 266 to 302 (circle at 284). Markers
	// sit in the gutter at x 384 with a radius of 12; leaders end on the boxes' right edge (366), 6 inside their ends.
	const cases = [
		{
			name: 'two notes on one phase: the second 2 × 12 + 3 = 27 lower, its leader to the box’s lower end (64)',
			input: [
				{ n: 1, anchor: 'phase-one' },
				{ n: 2, anchor: 'phase-one' },
				{ n: 3, anchor: 'not-a-phase' }
			],
			expected: [
				{ n: 1, x: 384, y: 52, r: 12, target: { x: 366, y: 52 } },
				{ n: 2, x: 384, y: 79, r: 12, target: { x: 366, y: 64 } }
			]
		},
		{
			name: 'in the order of the flow, not of the notes',
			input: [
				{ n: 1, anchor: 'phase-three' },
				{ n: 2, anchor: 'phase-one' }
			],
			expected: [
				{ n: 2, x: 384, y: 52, r: 12, target: { x: 366, y: 52 } },
				{ n: 1, x: 384, y: 284, r: 12, target: { x: 366, y: 284 } }
			]
		}
	];
	it.each(cases)('places markers level with the phase’s number: $name', ({ input, expected }) => {
		expect(sequence.placeMarkers(input, {})).toEqual(expected);
	});

	it('says where the reader is and where the reporting tells another order', () => {
		expect(sequence.describe({}, 'phase-two')).toBe(
			'The plan’s 3 phases as a flow, each entered when its trigger is met: 1, Fixture phase one (agreed); ' +
				'2, Fixture phase two (under negotiation); 3, Fixture phase three (not yet addressed). ' +
				'This page is at phase 2 of 3, Fixture phase two. Where the reporting tells a different order: ' +
				'Fixture order as reported: phase two first, against Fixture plan, point 3: phase one first.'
		);
	});

	it('tables every phase, the same at every phase', () => {
		expect(sequence.table.map((r) => [r.order, r.phase, r.dependsOn])).toEqual([
			[1, 'Fixture phase one', '—'],
			[2, 'Fixture phase two', '1. Fixture phase one'],
			[3, 'Fixture phase three', '1. Fixture phase one; 2. Fixture phase two']
		]);
	});
});
