import { describe, expect, it } from 'vitest';
import { helloMessage, parseDeckMessage, showMessage } from './sync';

describe('parseDeckMessage', () => {
	const app = 'gaza-plan-present';
	const cases: { data: unknown; expected: ReturnType<typeof parseDeckMessage>; why: string }[] = [
		{ data: { app, type: 'show', slide: 5, blanked: false }, expected: showMessage(5, false), why: 'a move' },
		{
			data: { app, type: 'show', slide: 16, blanked: true },
			expected: showMessage(16, true),
			why: 'the last slide, blanked'
		},
		{ data: { app, type: 'hello' }, expected: helloMessage(), why: 'a notes window opening' },
		{ data: { app, type: 'show', slide: 17, blanked: false }, expected: null, why: 'past the end of a 16-slide deck' },
		{ data: { app, type: 'show', slide: 0, blanked: false }, expected: null, why: 'slides count from 1' },
		{ data: { app, type: 'show', slide: 2.5, blanked: false }, expected: null, why: 'not a whole slide' },
		{ data: { app, type: 'show', slide: '5', blanked: false }, expected: null, why: 'a string is not a number' },
		{ data: { app, type: 'show', slide: 5 }, expected: null, why: 'blanked missing' },
		{ data: { app, type: 'show', slide: 5, blanked: 'no' }, expected: null, why: 'blanked not a boolean' },
		{ data: { app, type: 'show', slide: 5, blanked: false, extra: 1 }, expected: null, why: 'an unknown field' },
		{ data: { app, type: 'hello', slide: 1 }, expected: null, why: 'hello carries nothing' },
		{ data: { app, type: 'goto', slide: 5, blanked: false }, expected: null, why: 'an unknown type' },
		{
			data: { app: 'another-app', type: 'show', slide: 5, blanked: false },
			expected: null,
			why: 'someone else’s message'
		},
		{ data: { type: 'show', slide: 5, blanked: false }, expected: null, why: 'no app' },
		{ data: 'show 5', expected: null, why: 'a string' },
		{ data: null, expected: null, why: '' },
		{ data: [app, 'show', 5], expected: null, why: 'an array' }
	];
	it.each(cases)('$why', ({ data, expected }) => expect(parseDeckMessage(data, 16)).toEqual(expected));
});
