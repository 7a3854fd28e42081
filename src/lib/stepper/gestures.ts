// Which way a key press or a swipe moves the reader: -1 back, +1 on, 0 not a step. Forward is the way the page reads:
// the arrow that points to the right in English, to the left in Arabic and Hebrew (pageDirection()).
import type { Direction } from '$lib/editions/direction';
import { backArrow, forwardArrow } from '$lib/editions/page-direction';

export type Step = -1 | 0 | 1;

interface KeyLike {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	shiftKey?: boolean;
	/** The element that has focus: typing in a field is never a step. */
	target?: object | null;
}

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function keyStep(event: KeyLike, direction: Direction): Step {
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
	const target = event.target as
		{ tagName?: string; isContentEditable?: boolean; scrollWidth?: number; clientWidth?: number } | null | undefined;
	if (target && (typingTags.has(target.tagName ?? '') || target.isContentEditable)) return 0;
	// A focused box that scrolls sideways (a wide table) takes the arrows to scroll.
	if (target && target.tagName !== 'BODY' && (target.scrollWidth ?? 0) > (target.clientWidth ?? 0) + 1) return 0;
	if (event.key === forwardArrow(direction)) return 1;
	if (event.key === backArrow(direction)) return -1;
	return 0;
}

/**
 * A swipe is a mostly horizontal move of at least `min` pixels. It pulls the next page in from where the page reads
 * on to: a finger moving left moves on in English, a finger moving right moves on in Arabic and Hebrew.
 */
export function swipeStep(dx: number, dy: number, direction: Direction, min = 60): Step {
	if (Math.abs(dx) < min || Math.abs(dy) > Math.abs(dx) * 0.6) return 0;
	const towardsStart = direction === 'rtl' ? dx > 0 : dx < 0;
	return towardsStart ? 1 : -1;
}
