// The width of a lettered mark in the figures diagram: plain arithmetic, used by the layout and in the browser.
import { textWidth } from '../text';

/** A lettered mark's width: its text in bold (14 units on a page), with half its size of room either side. */
export function pillWidth(text: string, size = 14) {
	return textWidth(text, size, true) + size;
}
