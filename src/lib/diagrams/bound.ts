// How a reported number is bounded, read from the words its source puts it in, and the number written short.
import { formatNumber } from '$lib/format/format';

/** "more than half" is a floor; "about", "nearly" and the like are approximate; anything else is as stated. */
export function boundOf(words: string): 'at-least' | 'about' | 'exact' {
	if (/^(more than|over|at least)\b/i.test(words)) return 'at-least';
	if (/^(about|nearly|almost|approximately|around|roughly|some)\b/i.test(words)) return 'about';
	return 'exact';
}

/** A number in its unit, short: "53%", "$17 bn", "1,968", "600–800". */
export function unitNumber(n: number, unit: string, upTo?: number): string {
	const numbers = upTo === undefined ? formatNumber(n) : `${formatNumber(n)}–${formatNumber(upTo)}`;
	if (unit.includes('%')) return `${numbers}%`;
	if (/US\$ billion/.test(unit)) return `$${numbers} bn`;
	return numbers;
}

/** A value written short beside its mark, its bound as a sign: ">50%" for "more than half", "≈150" for "about 150". */
export function shortValue(v: { value: number; upTo?: number }, unit: string, words: string): string {
	const bound = boundOf(words);
	return (bound === 'at-least' ? '>' : bound === 'about' ? '≈' : '') + unitNumber(v.value, unit, v.upTo);
}
