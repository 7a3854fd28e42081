// Tests how a reported number's words bound it, and the short number written beside its mark.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundOf, shortValue, unitNumber } from './bound';

interface Figure {
	id: string;
	unit: string;
	values: { display?: string }[];
}
const figuresIn = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('boundOf', () => {
	const cases = [
		{ input: 'more than half (31 March 2026)', expected: 'at-least' },
		{ input: 'More than $5 billion', expected: 'at-least' },
		{ input: 'about 150 a day', expected: 'about' },
		{ input: 'nearly two-thirds, with the orange line', expected: 'about' },
		{ input: '1,968 (250 + 1,718)', expected: 'exact' },
		// Only the words a value starts with bound it: "more than the plan's 1,700" further on does not.
		{ input: '1,718 detainees, more than the plan’s 1,700', expected: 'exact' },
		// A word that merely starts like one does not count.
		{ input: 'overall 40', expected: 'exact' }
	] as const;
	it.each(cases)('$input', ({ input, expected }) => expect(boundOf(input)).toBe(expected));
});

describe('unitNumber and shortValue', () => {
	it('writes shares with %, money in billions and counts plain, a range with a dash', () => {
		expect(unitNumber(53, '% of the Strip')).toBe('53%');
		expect(unitNumber(17, 'US$ billion')).toBe('$17 bn');
		expect(unitNumber(1968, 'prisoners')).toBe('1,968');
		expect(unitNumber(600, 'trucks a day', 800)).toBe('600–800');
	});

	it('signs a floor with > and an approximate value with ≈', () => {
		expect(shortValue({ value: 50 }, '% of the Strip', 'more than half')).toBe('>50%');
		expect(shortValue({ value: 150 }, 'trucks a day', 'about 150 a day')).toBe('≈150');
		expect(shortValue({ value: 600, upTo: 800 }, 'trucks a day', '600 to 800 a day')).toBe('600–800');
	});
});

describe('in the Arabic and Hebrew editions', () => {
	const english: Figure[] = figuresIn('data/figures.json');
	const editions = ['ar', 'he'].map((locale) => ({
		locale,
		figures: figuresIn(`data/translations/${locale}/figures.json`) as Record<string, Figure>
	}));

	it.each(editions)('reads every value of data/ as bounded as its English is ($locale)', ({ figures }) => {
		const bounds = english.flatMap((figure) =>
			figure.values.flatMap((value, i) => {
				const translated = figures[figure.id].values[i].display;
				return value.display && translated
					? [{ english: value.display, bound: boundOf(value.display), translated, read: boundOf(translated) }]
					: [];
			})
		);
		expect(bounds.filter((b) => b.bound !== 'exact').length).toBeGreaterThan(5);
		expect(bounds.filter((b) => b.read !== b.bound)).toEqual([]);
	});

	it('writes money in billions in the edition, from its own name of the unit', () => {
		expect(unitNumber(17, 'مليار دولار أمريكي', undefined, 'ar')).toBe('17 مليار $');
		expect(unitNumber(5, 'מיליארד דולר אמריקני', undefined, 'he')).toBe('5 מיליארד $');
		expect(shortValue({ value: 5 }, 'מיליארד דולר אמריקני', 'יותר מ-5 מיליארד דולר', 'he')).toBe('>5 מיליארד $');
		expect(shortValue({ value: 50 }, '% من القطاع', 'أكثر من النصف', 'ar')).toBe('>50%');
		expect(shortValue({ value: 200 }, 'בני אדם', 'כ-200', 'he')).toBe('≈200');
	});
});
