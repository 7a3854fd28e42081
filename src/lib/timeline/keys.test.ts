// Tests which event a key moves to among five.
import { describe, expect, it } from 'vitest';
import { eventStep } from './keys';

describe('eventStep', () => {
	const cases = [
		{ key: 'ArrowDown', index: 1, expected: 2 },
		{ key: 'ArrowRight', index: 1, expected: 2 },
		{ key: 'ArrowUp', index: 1, expected: 0 },
		{ key: 'ArrowLeft', index: 1, expected: 0 },
		{ key: 'ArrowDown', index: 4, expected: 4 },
		{ key: 'ArrowUp', index: 0, expected: 0 },
		{ key: 'Home', index: 3, expected: 0 },
		{ key: 'End', index: 1, expected: 4 },
		{ key: 'Tab', index: 1, expected: null },
		{ key: 'Enter', index: 1, expected: null }
	];
	it.each(cases)('$key from $index goes to $expected', ({ key, index, expected }) => {
		expect(eventStep({ key }, index, 5, 'ltr')).toBe(expected);
	});

	it('goes to the later event with the left arrow in a right-to-left edition', () => {
		expect(eventStep({ key: 'ArrowLeft' }, 1, 5, 'rtl')).toBe(2);
		expect(eventStep({ key: 'ArrowRight' }, 1, 5, 'rtl')).toBe(0);
		expect(eventStep({ key: 'ArrowDown' }, 1, 5, 'rtl')).toBe(2);
	});

	it('leaves keys with a modifier to the browser, and moves nowhere among none', () => {
		expect(eventStep({ key: 'ArrowDown', altKey: true }, 1, 5, 'ltr')).toBeNull();
		expect(eventStep({ key: 'End', ctrlKey: true }, 1, 5, 'ltr')).toBeNull();
		expect(eventStep({ key: 'ArrowDown', shiftKey: true }, 1, 5, 'ltr')).toBeNull();
		expect(eventStep({ key: 'Home' }, 0, 0, 'ltr')).toBeNull();
	});
});
