// Typing a slide's number: digits add up to three, anything else is not typing; only a slide of the deck is a target.
import { describe, expect, it } from 'vitest';
import { typeDigit, typedSlide } from './slide-number';

describe('typeDigit', () => {
	it('adds digits, keeping the last three', () => {
		expect(typeDigit('', '1')).toBe('1');
		expect(typeDigit('1', '2')).toBe('12');
		expect(typeDigit('123', '4')).toBe('234');
	});

	it.each(['a', 'Enter', ' ', 'F1', '-', '١'])('does not take %j', (key) => {
		expect(typeDigit('1', key)).toBeNull();
	});
});

describe('typedSlide', () => {
	it.each([
		['1', 22, 1],
		['012', 22, 12],
		['22', 22, 22],
		['23', 22, null],
		['0', 22, null],
		['', 22, null]
	] as const)('%j of %i slides is %s', (typed, count, expected) => {
		expect(typedSlide(typed, count)).toBe(expected);
	});
});
