import { describe, expect, it } from 'vitest';
import { keyStep, swipeStep } from './gestures';

describe('keyStep', () => {
	const cases = [
		{ event: { key: 'ArrowRight' }, step: 1 },
		{ event: { key: 'ArrowLeft' }, step: -1 },
		{ event: { key: 'ArrowDown' }, step: 0 }, // down scrolls the page, it is not a step
		{ event: { key: 'ArrowRight', altKey: true }, step: 0 }, // Alt+Right is the browser's forward
		{ event: { key: 'ArrowLeft', metaKey: true }, step: 0 },
		{ event: { key: 'ArrowRight', target: { tagName: 'INPUT' } }, step: 0 }, // moving a text cursor
		{ event: { key: 'ArrowRight', target: { tagName: 'DIV', isContentEditable: true } }, step: 0 },
		{ event: { key: 'ArrowRight', target: { tagName: 'A' } }, step: 1 },
		// scrolling a wide table
		{ event: { key: 'ArrowRight', target: { tagName: 'DIV', scrollWidth: 752, clientWidth: 288 } }, step: 0 },
		// a box that fits
		{ event: { key: 'ArrowLeft', target: { tagName: 'DIV', scrollWidth: 288, clientWidth: 288 } }, step: -1 },
		// nothing focused
		{ event: { key: 'ArrowRight', target: { tagName: 'BODY', scrollWidth: 1300, clientWidth: 1280 } }, step: 1 }
	];
	it.each(cases)('$event.key → $step', ({ event, step }) => expect(keyStep(event, 'ltr')).toBe(step));

	// In Arabic and Hebrew the arrow that points forward, the left one, moves on.
	it('steps with the left arrow to the next phase in a right-to-left edition, the right arrow back', () => {
		expect(keyStep({ key: 'ArrowLeft' }, 'rtl')).toBe(1);
		expect(keyStep({ key: 'ArrowRight' }, 'rtl')).toBe(-1);
		expect(keyStep({ key: 'ArrowLeft', altKey: true }, 'rtl')).toBe(0);
		expect(keyStep({ key: 'ArrowDown' }, 'rtl')).toBe(0);
	});
});

describe('swipeStep', () => {
	const cases = [
		{ dx: -120, dy: 10, step: 1 }, // finger moves left: the next phase comes in from the right
		{ dx: 120, dy: -20, step: -1 },
		{ dx: -40, dy: 0, step: 0 }, // too short: a tap or a wobble
		{ dx: -100, dy: 80, step: 0 }, // mostly vertical: the reader is scrolling
		{ dx: -100, dy: 59, step: 1 } // 59 < 100 × 0.6
	];
	it.each(cases)('dx $dx, dy $dy → $step', ({ dx, dy, step }) => expect(swipeStep(dx, dy, 'ltr')).toBe(step));

	it('moves on with a swipe from left to right in a right-to-left edition', () => {
		expect(swipeStep(120, 10, 'rtl')).toBe(1); // the next phase comes in from the left
		expect(swipeStep(-120, 10, 'rtl')).toBe(-1);
		expect(swipeStep(40, 0, 'rtl')).toBe(0);
		expect(swipeStep(100, 80, 'rtl')).toBe(0);
	});
});
