import { describe, expect, it } from 'vitest';
import { deckKey, type KeyLike } from './keys';

describe('deckKey', () => {
	const button = { tagName: 'BUTTON' };
	const cases: { event: KeyLike; action: ReturnType<typeof deckKey>; why: string }[] = [
		{ event: { key: 'PageDown' }, action: 'next', why: 'a clicker’s forward button' },
		{ event: { key: 'PageUp' }, action: 'previous', why: 'a clicker’s back button' },
		{ event: { key: 'ArrowRight' }, action: 'next', why: '' },
		{ event: { key: 'ArrowDown' }, action: 'next', why: '' },
		{ event: { key: 'ArrowLeft' }, action: 'previous', why: '' },
		{ event: { key: 'ArrowUp' }, action: 'previous', why: '' },
		{ event: { key: ' ' }, action: 'next', why: 'Space moves on' },
		{ event: { key: ' ', shiftKey: true }, action: 'previous', why: 'Shift+Space goes back' },
		{ event: { key: 'Home' }, action: 'first', why: '' },
		{ event: { key: 'End' }, action: 'last', why: '' },
		{ event: { key: 'f' }, action: 'fullscreen', why: '' },
		{ event: { key: 'F', shiftKey: true }, action: 'fullscreen', why: 'a capital F is still F' },
		{ event: { key: 'b' }, action: 'blank', why: '' },
		{ event: { key: 'B' }, action: 'blank', why: 'caps lock on' },
		{ event: { key: '.' }, action: 'blank', why: 'the blank key of many clickers' },
		{ event: { key: 'n' }, action: 'notes', why: 'the speaker notes beside the slides' },
		{ event: { key: 'o' }, action: 'overview', why: 'every slide at a glance' },
		{ event: { key: 'Escape' }, action: 'overview', why: 'as in reveal.js' },
		{ event: { key: 'Enter' }, action: null, why: 'Enter belongs to links and buttons' },
		{ event: { key: 'x' }, action: null, why: '' },
		{ event: { key: 'ArrowLeft', altKey: true }, action: null, why: 'Alt+Left is the browser’s Back' },
		{ event: { key: 'f', ctrlKey: true }, action: null, why: 'Ctrl+F is Find' },
		{ event: { key: 'ArrowRight', metaKey: true }, action: null, why: '' },
		{ event: { key: 'PageDown', shiftKey: true }, action: null, why: 'Shift+keys select text' },
		{ event: { key: 'ArrowRight', target: { tagName: 'INPUT' } }, action: null, why: 'moving a text cursor' },
		{ event: { key: 'b', target: { tagName: 'DIV', isContentEditable: true } }, action: null, why: 'typing' },
		{ event: { key: ' ', target: button }, action: null, why: 'Space presses the focused button' },
		{
			event: { key: 'PageDown', target: button },
			action: 'next',
			why: 'the clicker still works after a click on a button'
		},
		{ event: { key: ' ', target: { tagName: 'BODY' } }, action: 'next', why: '' }
	];
	it.each(cases)('$event.key (shift $event.shiftKey) → $action $why', ({ event, action }) =>
		expect(deckKey(event, 'ltr')).toBe(action)
	);

	it('moves on with the left arrow in a right-to-left deck, as its Next points, and back with the right', () => {
		expect(deckKey({ key: 'ArrowLeft' }, 'rtl')).toBe('next');
		expect(deckKey({ key: 'ArrowRight' }, 'rtl')).toBe('previous');
		expect(deckKey({ key: 'ArrowDown' }, 'rtl')).toBe('next');
		expect(deckKey({ key: 'PageUp' }, 'rtl')).toBe('previous');
		expect(deckKey({ key: 'ArrowLeft', shiftKey: true }, 'rtl')).toBeNull();
	});
});
