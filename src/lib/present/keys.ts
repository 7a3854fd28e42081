// What a key press means to the deck: the keys presenter clickers send, the arrows, space, Home / End, F, B, N, and
// O or Esc for the overview of all slides. The left and right arrows follow the reading direction: in Arabic and Hebrew
// the left arrow moves on, as the on-screen Next does.
import type { Direction } from '$lib/editions/direction';
import { backArrow, forwardArrow } from '$lib/editions/page-direction';

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'blank' | 'notes' | 'overview';

export interface KeyLike {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	shiftKey?: boolean;
	/** The element that has focus: typing in a field, or Space on a button, belongs to that element. */
	target?: { tagName?: string; isContentEditable?: boolean } | null;
}

const keyActions: Record<string, DeckAction> = {
	PageDown: 'next',
	ArrowDown: 'next',
	PageUp: 'previous',
	ArrowUp: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	b: 'blank',
	'.': 'blank',
	// The speaker notes beside the slides, in the same tab.
	n: 'notes',
	// Every slide at a glance, as in reveal.js.
	o: 'overview',
	Escape: 'overview'
};

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Space and Enter press these; the deck leaves Space to them. */
const pressableTags = new Set(['BUTTON', 'A', 'SUMMARY']);

export function deckKey(event: KeyLike, direction: Direction): DeckAction | null {
	// Alt, Ctrl and Cmd combinations are the browser's (Alt+Left is Back, Ctrl+F is Find).
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	const tag = event.target?.tagName ?? '';
	if (typingTags.has(tag) || event.target?.isContentEditable) return null;
	if (event.key === ' ' || event.key === 'Spacebar') {
		if (pressableTags.has(tag)) return null;
		return event.shiftKey ? 'previous' : 'next';
	}
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	// Shift+arrow and Shift+Page keys select text elsewhere; only letters may come shifted (caps lock, "F").
	if (event.shiftKey && key.length > 1) return null;
	if (key === forwardArrow(direction)) return 'next';
	if (key === backArrow(direction)) return 'previous';
	return keyActions[key] ?? null;
}
