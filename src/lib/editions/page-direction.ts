// The page's reading direction in the browser, as <html dir> says it (src/hooks.server.ts writes it for each edition):
// the one place the keys, swipes and on-screen arrows that step ask which way forward is. Outside a browser (the
// server render, unit tests) it is left to right.
import type { Direction } from './direction';

export const pageDirection = (
	doc: { documentElement: { dir: string } } | undefined = globalThis.document
): Direction => (doc?.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');

/** The horizontal arrow key that points forward in this reading direction: it moves on. */
export const forwardArrow = (direction: Direction) => (direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
/** The horizontal arrow key that points back. */
export const backArrow = (direction: Direction) => (direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
