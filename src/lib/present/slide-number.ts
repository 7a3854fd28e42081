// Jumping to a slide by its number, as reveal.js does: the presenter types the digits, then Enter.

/** Slide numbers have at most this many digits; older digits fall off as new ones come. */
const MAX_DIGITS = 3;

/** The digits typed so far after `key`, or null when the key is not a digit (and belongs to the deck's other keys). */
export function typeDigit(typed: string, key: string): string | null {
	if (!/^[0-9]$/.test(key)) return null;
	return (typed + key).slice(-MAX_DIGITS);
}

/** The slide the typed digits name, or null when they name none of the deck's (0, or past its end). */
export function typedSlide(typed: string, count: number): number | null {
	const n = Number.parseInt(typed, 10);
	return Number.isInteger(n) && n >= 1 && n <= count ? n : null;
}
