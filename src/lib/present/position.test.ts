import { describe, expect, it } from 'vitest';
import { moveSlide, slideFromParam, slideSearch } from './position';

describe('slideFromParam', () => {
	const cases = [
		{ value: '5', n: 5 },
		{ value: '1', n: 1 },
		{ value: '16', n: 16 }, // the last slide of a 16-slide deck
		{ value: '17', n: 1 }, // past the end
		{ value: '0', n: 1 },
		{ value: '-3', n: 1 },
		{ value: '2.5', n: 1 },
		{ value: 'five', n: 1 },
		{ value: '', n: 1 },
		{ value: null, n: 1 },
		{ value: ' 4 ', n: 4 }
	];
	it.each(cases)('"$value" → slide $n of 16', ({ value, n }) => expect(slideFromParam(value, 16)).toBe(n));
	it('writes the query the URL carries', () => expect(slideSearch(5)).toBe('?slide=5'));
});

describe('moveSlide', () => {
	const cases = [
		{ current: 3, action: 'next', n: 4 },
		{ current: 16, action: 'next', n: 16 }, // stays on the last slide
		{ current: 3, action: 'previous', n: 2 },
		{ current: 1, action: 'previous', n: 1 },
		{ current: 9, action: 'first', n: 1 },
		{ current: 9, action: 'last', n: 16 },
		{ current: 9, action: 'blank', n: null }, // not a move
		{ current: 9, action: 'fullscreen', n: null }
	] as const;
	it.each(cases)('$action from $current → $n', ({ current, action, n }) =>
		expect(moveSlide(current, action, 16)).toBe(n)
	);
});
