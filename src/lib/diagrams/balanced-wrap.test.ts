// Tests the even wrapping of a slide's labels: as many lines as the greedy wrap, none of them a lone word.
import { describe, expect, it } from 'vitest';
import { wrapBalanced } from './balanced-wrap';
import { wrapText } from './text';

describe('wrapBalanced', () => {
	// 24-unit bold text: 0.6 × 24 = 14.4 units a character; 395 units hold 27 characters.
	const cases = [
		// The greedy wrap leaves "line" alone: ['Pull-back to the yellow', 'line'].
		{ input: { text: 'Pull-back to the yellow line', width: 395 }, expected: ['Pull-back to', 'the yellow line'] },
		{
			input: { text: 'Hostage and prisoner exchange', width: 395 },
			expected: ['Hostage and', 'prisoner exchange']
		},
		{ input: { text: 'Ceasefire and aid', width: 395 }, expected: ['Ceasefire and aid'] },
		// A word longer than the width keeps its own line, as in wrapText.
		{ input: { text: 'demilitarisation of Gaza', width: 120 }, expected: ['demilitarisation', 'of Gaza'] }
	];
	it.each(cases)('wraps $input.text evenly at $input.width', ({ input, expected }) => {
		expect(wrapText(input.text, input.width, 24, true)).toHaveLength(expected.length);
		expect(wrapBalanced(input.text, input.width, 24, true)).toEqual(expected);
	});
});
