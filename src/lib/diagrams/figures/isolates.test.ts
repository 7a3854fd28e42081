// Tests that a wrapped English quotation stays isolated on every line it runs over.
import { describe, expect, it } from 'vitest';
import { isolatedLines } from './isolates';

describe('isolatedLines', () => {
	const cases = [
		{ input: ['no quotation', 'here'], expected: ['no quotation', 'here'] },
		{
			input: ['يقول \u2066"20 of whom', 'are thought', 'to be dead"\u2069 (متوفون)'],
			expected: ['يقول \u2066"20 of whom\u2069', '\u2066are thought\u2069', '\u2066to be dead"\u2069 (متوفون)']
		},
		{ input: ['\u2066"one"\u2069 و', '\u2066"two"\u2069'], expected: ['\u2066"one"\u2069 و', '\u2066"two"\u2069'] }
	];
	it.each(cases)('isolates each line of $input', ({ input, expected }) => {
		expect(isolatedLines(input)).toEqual(expected);
	});
});
