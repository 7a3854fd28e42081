// The width of a lettered mark in the figures diagram: plain arithmetic, used by the layout and in the browser.
import { textWidth } from '../text';

/** A lettered mark's width: its text in bold at 14 px, with room either side. */
export function pillWidth(text: string) {
	return textWidth(text, 14, true) + 14;
}
