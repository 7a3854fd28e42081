import { describe, expect, it } from 'vitest';
import {
	framesHeightMessage,
	heightMessages,
	MAX_PIXELS,
	pymMessage,
	readEmbedHeight,
	readParentMessage
} from './messages';

describe('height messages', () => {
	it('speaks pym.js: pym xPYMx id xPYMx height xPYMx value', () => {
		expect(pymMessage('pym-0-ab12c', 'height', 734)).toBe('pymxPYMxpym-0-ab12cxPYMxheightxPYMx734');
	});
	it('speaks @newswire/frames and AMP: { sentinel, type, height }', () => {
		expect(framesHeightMessage(734)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 734 });
	});
	const cases = [
		{ height: 734, childId: null, expected: [{ sentinel: 'amp', type: 'embed-size', height: 734 }] },
		{
			height: 733.2,
			childId: 'p1',
			expected: [{ sentinel: 'amp', type: 'embed-size', height: 734 }, 'pymxPYMxp1xPYMxheightxPYMx734']
		},
		{ height: -5, childId: null, expected: [{ sentinel: 'amp', type: 'embed-size', height: 0 }] }
	];
	it.each(cases)('height $height for childId $childId', ({ height, childId, expected }) => {
		expect(heightMessages(height, childId)).toEqual(expected);
	});
});

describe('readParentMessage', () => {
	const id = 'pym-0-ab12c';
	const cases: { data: unknown; expected: unknown; why: string }[] = [
		{ data: `pymxPYMx${id}xPYMxwidthxPYMx640`, expected: { type: 'width', width: 640 }, why: "pym's width for us" },
		{ data: { sentinel: 'amp', type: 'frames-init' }, expected: { type: 'frames-init' }, why: "frames' hello" },
		// everything else is ignored
		{ data: `pymxPYMxsomeone-elsexPYMxwidthxPYMx640`, expected: null, why: 'pym, for another child' },
		{ data: `pymxPYMx${id}xPYMxheightxPYMx640`, expected: null, why: 'pym, a type we do not take' },
		{ data: `pymxPYMx${id}xPYMxwidthxPYMx1e309`, expected: null, why: 'a width that is not digits' },
		{ data: `pymxPYMx${id}xPYMxwidthxPYMx99999999999`, expected: null, why: 'a huge width' },
		{ data: `pymxPYMx${id}xPYMxwidthxPYMx0`, expected: null, why: 'a zero width' },
		{ data: `pymxPYMx${id}xPYMxwidthxPYMx-640`, expected: null, why: 'a negative width' },
		{ data: `pymxPYMx${id}xPYMxwidthxPYMx640xPYMxextra`, expected: null, why: 'too many parts' },
		{ data: `PYMxPYMx${id}xPYMxwidthxPYMx640`, expected: null, why: 'not pym' },
		{ data: `pymxPYMx${id}xPYMxwidthxPYMx${'6'.repeat(2000)}`, expected: null, why: 'a very long string' },
		{ data: 'hello', expected: null, why: 'a string' },
		{ data: '', expected: null, why: 'an empty string' },
		{ data: null, expected: null, why: 'null' },
		{ data: undefined, expected: null, why: 'undefined' },
		{ data: 42, expected: null, why: 'a number' },
		{ data: Number.MAX_VALUE, expected: null, why: 'a huge number' },
		{ data: true, expected: null, why: 'a boolean' },
		{ data: [], expected: null, why: 'an array' },
		{ data: ['amp', 'frames-init'], expected: null, why: 'an array of the right words' },
		{ data: {}, expected: null, why: 'an empty object' },
		{ data: { sentinel: 'amp' }, expected: null, why: 'no type' },
		{
			data: { sentinel: 'amp', type: 'embed-size', height: 1e308 },
			expected: null,
			why: 'our own kind of message, sent back'
		},
		{ data: { sentinel: 'AMP', type: 'frames-init' }, expected: null, why: 'wrong case' },
		{ data: { sentinel: ['amp'], type: ['frames-init'] }, expected: null, why: 'arrays that stringify right' },
		{
			data: { sentinel: { toString: () => 'amp' }, type: 'frames-init' },
			expected: null,
			why: 'an object posing as a string'
		},
		{ data: Object.create({ sentinel: 'amp', type: 'frames-init' }), expected: null, why: 'inherited properties' },
		{
			data: JSON.parse('{"__proto__": {"sentinel": "amp", "type": "frames-init"}}'),
			expected: null,
			why: 'a __proto__ key'
		},
		{ data: new Date(), expected: null, why: 'a Date' },
		{ data: new Uint8Array(8), expected: null, why: 'a typed array' }
	];
	it.each(cases)('$why', ({ data, expected }) => {
		expect(readParentMessage(data, id)).toEqual(expected);
	});

	it('takes no pym message at all when pym gave no id', () => {
		expect(readParentMessage('pymxPYMxnullxPYMxwidthxPYMx640', null)).toBe(null);
		expect(readParentMessage('pymxPYMxxPYMxwidthxPYMx640', null)).toBe(null);
	});

	it('survives objects whose properties throw', () => {
		const getter = Object.defineProperty({}, 'sentinel', {
			get: () => {
				throw new Error('boom');
			},
			enumerable: true
		});
		const proxy = new Proxy(
			{},
			{
				getOwnPropertyDescriptor: () => {
					throw new Error('boom');
				},
				getPrototypeOf: () => Object.prototype
			}
		);
		expect(readParentMessage(getter, id)).toBe(null);
		expect(readParentMessage(proxy, id)).toBe(null);
	});
});

describe('readEmbedHeight (the preview, as a parent)', () => {
	const cases: { data: unknown; expected: number | null }[] = [
		{ data: { sentinel: 'amp', type: 'embed-size', height: 734 }, expected: 734 },
		{ data: { sentinel: 'amp', type: 'embed-size', height: MAX_PIXELS }, expected: MAX_PIXELS },
		{ data: { sentinel: 'amp', type: 'embed-size', height: MAX_PIXELS + 1 }, expected: null },
		{ data: { sentinel: 'amp', type: 'embed-size', height: 1e308 }, expected: null },
		{ data: { sentinel: 'amp', type: 'embed-size', height: Infinity }, expected: null },
		{ data: { sentinel: 'amp', type: 'embed-size', height: NaN }, expected: null },
		{ data: { sentinel: 'amp', type: 'embed-size', height: 12.5 }, expected: null },
		{ data: { sentinel: 'amp', type: 'embed-size', height: '734' }, expected: null },
		{ data: { sentinel: 'amp', type: 'embed-size', height: -1 }, expected: null },
		{ data: { sentinel: 'amp', type: 'frames-init' }, expected: null },
		{ data: 'pymxPYMxp1xPYMxheightxPYMx734', expected: null },
		{ data: null, expected: null },
		{ data: [734], expected: null }
	];
	it.each(cases)('%j', ({ data, expected }) => {
		expect(readEmbedHeight(data)).toBe(expected);
	});
});
