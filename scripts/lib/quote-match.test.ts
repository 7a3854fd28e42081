// Tables of quotes against a small article, with the expected match worked out by hand.
import { describe, expect, it } from 'vitest';
import { findQuote, normalize } from './quote-match.js';

const article =
	'The talks “went well,” she said — and more are due on Tuesday. ' +
	'Israel wants all captives released within 72 hours.\n\nHamas wants a full withdrawal first.';

describe('normalize', () => {
	const tests = [
		{ name: 'curly double quotes', input: '“Hi,” she said', expected: '"Hi," she said' },
		{ name: 'curly single quotes', input: 'it’s ‘x’', expected: "it's 'x'" },
		{ name: 'low-9 opening quote', input: '„Ja“', expected: '"Ja"' },
		{ name: 'primes', input: '5′ 6″', expected: '5\' 6"' },
		{ name: 'every dash and minus', input: 'a – b — c ‒ d ― e − f', expected: 'a - b - c - d - e - f' },
		{ name: 'ellipsis', input: 'fast … time', expected: 'fast ... time' },
		{ name: 'whitespace runs', input: '  a\u00A0\n\t b  ', expected: 'a b' }
	];
	it.each(tests)('$name', ({ input, expected }) => {
		expect(normalize(input)).toBe(expected);
	});
});

describe('findQuote: verbatim up to typography', () => {
	const tests = [
		{ name: 'straight quotes against curly', quote: '"went well," she said' },
		{ name: 'curly quotes against curly', quote: '“went well,” she said' },
		{ name: 'hyphen against em dash', quote: 'she said - and more' },
		{ name: 'en dash against em dash', quote: 'she said – and more' },
		{ name: 'extra whitespace and a line break', quote: 'Israel  wants all\ncaptives' },
		{ name: 'across a paragraph break', quote: '72 hours. Hamas wants' }
	];
	it.each(tests)('$name', ({ quote }) => {
		expect(findQuote(quote, article)).toEqual({ found: true });
	});
});

describe('findQuote: mismatches report the nearest passage', () => {
	const tests = [
		{
			name: 'a changed word',
			quote: 'Israel wants all hostages released within 72 hours.',
			// 7 of the 8 words agree in order.
			nearest: 'Israel wants all captives released within 72 hours.',
			similarity: 7 / 8
		},
		{
			name: 'joined from two sentences',
			quote: 'Israel wants a full withdrawal first.',
			// "wants a full withdrawal first." agrees with the third sentence: 5 of 6 words.
			nearest: 'Hamas wants a full withdrawal first.',
			similarity: 5 / 6
		},
		{
			name: 'joined with an ellipsis the article does not have',
			quote: 'The talks "went well," … within 72 hours.',
			// The opening 8 words share "The talks went well": 4 of 8; the ellipsis never counts.
			nearest: 'The talks "went well," she said - and',
			similarity: 4 / 8
		},
		{
			name: 'a different capital letter',
			quote: 'israel wants',
			// Scoring ignores case, so the passage is found at full similarity, but the quote is not verbatim.
			nearest: 'Israel wants',
			similarity: 1
		},
		{
			name: 'starting in the middle of a word',
			quote: 'srael wants',
			nearest: 'Israel wants',
			similarity: 1 / 2
		}
	];
	it.each(tests)('$name', ({ quote, nearest, similarity }) => {
		const result = findQuote(quote, article);
		expect(result.found).toBe(false);
		if (result.found) return;
		expect(result.nearest).toBe(nearest);
		expect(result.similarity).toBeCloseTo(similarity, 10);
	});
});
