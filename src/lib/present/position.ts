// Which slide the deck shows: read from the URL's ?slide= (1-based), moved by a deck action, kept inside the deck.
import type { DeckAction } from './keys';

/** The slide a link or a reload asks for; anything that is not a whole number within the deck opens slide 1. */
export function slideFromParam(value: string | null | undefined, count: number): number {
	if (!value || !/^\d+$/.test(value.trim())) return 1;
	const n = Number(value);
	return n >= 1 && n <= count ? n : 1;
}

export const slideSearch = (n: number) => `?slide=${n}`;

/** Where a move takes the deck from slide `current` of `count`; null for actions that do not move it. */
export function moveSlide(current: number, action: DeckAction, count: number): number | null {
	switch (action) {
		case 'next':
			return Math.min(current + 1, count);
		case 'previous':
			return Math.max(current - 1, 1);
		case 'first':
			return 1;
		case 'last':
			return count;
		default:
			return null;
	}
}
