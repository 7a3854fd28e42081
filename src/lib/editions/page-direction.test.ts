// Tests that the page's direction is read from <html dir>, and which arrow points forward in each.
import { describe, expect, it } from 'vitest';
import { backArrow, forwardArrow, pageDirection } from './page-direction';

const pageWith = (dir: string) => ({ documentElement: { dir } });

describe('pageDirection', () => {
	it('reads right to left from <html dir="rtl">, and left to right otherwise', () => {
		expect(pageDirection(pageWith('rtl'))).toBe('rtl');
		expect(pageDirection(pageWith('ltr'))).toBe('ltr');
		expect(pageDirection(pageWith(''))).toBe('ltr');
	});

	it('is left to right where there is no page (the server render)', () => {
		expect(pageDirection(undefined)).toBe('ltr');
	});

	it('points forward with the right arrow in English and the left arrow in Arabic and Hebrew', () => {
		expect([forwardArrow('ltr'), backArrow('ltr')]).toEqual(['ArrowRight', 'ArrowLeft']);
		expect([forwardArrow('rtl'), backArrow('rtl')]).toEqual(['ArrowLeft', 'ArrowRight']);
	});
});
