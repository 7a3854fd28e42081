// How a reported number is bounded, read from the words its source puts it in, and the number written short. The words
// are the edition's (data/translations/ translates each value's `display`), so each edition's wording of a floor and of
// an approximation is read here; bound.test.ts holds every value of data/ to the same bound in all three editions.
import { formatNumber } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** "more than half", "أكثر من النصف", "67,139 فلسطينياً على الأقل", "יותר ממחצית", "לפחות 10". */
const floors = [/^(more than|over|at least)\b/i, /^(أكثر من|ما يزيد على)/, /على الأقل/, /^(יותר מ|מעל|לפחות)/];

/** "about 200", "نحو 200", "ما يقارب الثلثين", "כ-200", "כמיליון", "כמעט שני שלישים". */
const approximations = [
	/^(about|nearly|almost|approximately|around|roughly|some)\b/i,
	/^(نحو|حوالي|حوالى|قرابة|ما يقارب|زهاء)/,
	/^(כ[-־]|כמעט|כמיליון|בערך|קרוב ל)/
];

/** "more than half" is a floor; "about", "nearly" and the like are approximate; anything else is as stated. */
export function boundOf(words: string): 'at-least' | 'about' | 'exact' {
	if (floors.some((floor) => floor.test(words))) return 'at-least';
	if (approximations.some((about) => about.test(words))) return 'about';
	return 'exact';
}

/** A unit of billions of US dollars, as each edition names it (data/figures.json and its translations). */
const billionsOfDollars = /US\$ billion|مليار دولار|מיליארד דולר/;

/** A number in its unit, short: "53%", "$17 bn" ("17 مليار $", "17 מיליארד $"), "1,968", "600–800". */
export function unitNumber(n: number, unit: string, upTo?: number, locale: Locale = 'en'): string {
	const numbers = upTo === undefined ? formatNumber(n) : `${formatNumber(n)}–${formatNumber(upTo)}`;
	if (unit.includes('%')) return `${numbers}%`;
	if (billionsOfDollars.test(unit)) return m.figures_billions_of_dollars({ n: numbers }, { locale });
	return numbers;
}

/** A value written short beside its mark, its bound as a sign: ">50%" for "more than half", "≈150" for "about 150". */
export function shortValue(
	v: { value: number; upTo?: number },
	unit: string,
	words: string,
	locale: Locale = 'en'
): string {
	const bound = boundOf(words);
	return (bound === 'at-least' ? '>' : bound === 'about' ? '≈' : '') + unitNumber(v.value, unit, v.upTo, locale);
}
