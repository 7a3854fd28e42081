// Which event the keyboard moves to: the arrows to the next or previous, Home and End to the first and last. Left and
// right follow the reading direction, as in the stepper: in Arabic and Hebrew the left arrow goes to the later event.
import type { Direction } from '$lib/editions/direction';
import { backArrow, forwardArrow } from '$lib/editions/page-direction';

/** The index focus moves to among `count` events from `index`, or null for a key that does not move it. */
export function eventStep(
	event: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean },
	index: number,
	count: number,
	direction: Direction
): number | null {
	if (count === 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
	switch (event.key) {
		case 'ArrowDown':
		case forwardArrow(direction):
			return Math.min(count - 1, index + 1);
		case 'ArrowUp':
		case backArrow(direction):
			return Math.max(0, index - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}
