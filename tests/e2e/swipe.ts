// A finger's swipe across the deck, as touch events the deck's handler reads (the deck is `.deck`).
import type { Page } from 'playwright-core';

/** A swipe from fromX to toX, at the height of the middle of a 1080 px stage. */
export const swipeDeck = (page: Page, fromX: number, toX: number) =>
	page.evaluate(
		([fromX, toX]) => {
			const target = document.querySelector('.deck')!;
			const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 500 });
			target.dispatchEvent(
				new TouchEvent('touchstart', { bubbles: true, changedTouches: [touch(fromX)], touches: [touch(fromX)] })
			);
			target.dispatchEvent(new TouchEvent('touchend', { bubbles: true, changedTouches: [touch(toX)], touches: [] }));
		},
		[fromX, toX]
	);
