// The width estimate every diagram lays out with: by the script of each character, so that Arabic and Hebrew labels
// wrap and fit at their own widths.
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text';

describe('textWidth', () => {
	it('gives Latin text 0.55 of the size per character, and bold 0.6', () => {
		expect(textWidth('Hostages', 10)).toBeCloseTo(44);
		expect(textWidth('Hostages', 10, true)).toBeCloseTo(48);
	});

	it('gives Arabic letters 0.52 of the size (bold 0.62), and their vowel marks no width', () => {
		expect(textWidth('الرهائن', 10)).toBeCloseTo(7 * 5.2);
		expect(textWidth('الرهائن', 10, true)).toBeCloseTo(7 * 6.2);
		expect(textWidth('مَرحلة', 10)).toBeCloseTo(textWidth('مرحلة', 10));
	});

	it('gives Hebrew letters 0.55 of the size (bold 0.6)', () => {
		expect(textWidth('החטופים', 10)).toBeCloseTo(7 * 5.5);
		expect(textWidth('החטופים', 10, true)).toBeCloseTo(7 * 6);
	});

	it('counts a mixed line by each character’s script, and a direction mark as nothing', () => {
		expect(textWidth('قوة ISF', 10)).toBeCloseTo(3 * 5.2 + 4 * 5.5);
		expect(textWidth('\u2067قوة\u2069', 10)).toBeCloseTo(3 * 5.2);
	});
});

describe('wrapText', () => {
	it('wraps Arabic at its own width', () => {
		// Each word is 5 letters, 26 units at size 10: two words and a space take 57.5.
		expect(wrapText('مرحلة مرحلة مرحلة', 58, 10)).toEqual(['مرحلة مرحلة', 'مرحلة']);
		expect(wrapText('مرحلة مرحلة مرحلة', 57, 10)).toEqual(['مرحلة', 'مرحلة', 'مرحلة']);
	});
});
