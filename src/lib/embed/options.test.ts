import { describe, expect, it } from 'vitest';
import { defaultEmbedOptions, embedQuery, parseEmbedOptions, type EmbedOptions } from './options';

const defaults = { ...defaultEmbedOptions };
const phases = ['ceasefire-and-aid', 'yellow-line', 'exchange'];

describe('parseEmbedOptions', () => {
	const cases: { search: string; expected: Partial<EmbedOptions>; why: string }[] = [
		{ search: '', expected: {}, why: 'no options: all defaults' },
		{ search: '?', expected: {}, why: 'a bare question mark' },
		{
			search: '?theme=dark&title=0&source=0',
			expected: { theme: 'dark', title: false, source: false },
			why: 'every option set'
		},
		{ search: 'theme=light', expected: { theme: 'light' }, why: 'without the question mark' },
		{ search: '?theme=DARK', expected: { theme: 'dark' }, why: 'case does not matter' },
		{ search: '?theme=%20dark%20', expected: { theme: 'dark' }, why: 'spaces around a value' },
		{ search: '?theme=auto', expected: { theme: 'auto' }, why: 'auto is the default, and allowed' },
		{ search: '?title=1&source=1', expected: { title: true, source: true }, why: 'shown explicitly' },
		{ search: '?title=false&source=no', expected: { title: false, source: false }, why: 'words for off' },
		{ search: '?phase=exchange', expected: { phase: 'exchange' }, why: 'a phase the view has' },
		{ search: '?childId=pym-0-ab12c', expected: { childId: 'pym-0-ab12c' }, why: "pym's id for the container" },
		{ search: '?view=since', expected: { view: 'since' }, why: 'what happened since the talks' },
		{ search: '?view=SINCE%20', expected: { view: 'since' }, why: 'the view, in capitals with a space' },
		{ search: '?view=plan', expected: {}, why: 'the plan, the default' },
		// hostile or malformed: every one falls back to its default
		{ search: '?theme=<script>&title=maybe&phase=nope', expected: {}, why: 'the brief’s example' },
		{ search: '?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E', expected: {}, why: 'an encoded script' },
		{ search: '?theme=dark%', expected: {}, why: 'a broken percent-escape' },
		{ search: '?theme=%E0%A4%A', expected: {}, why: 'a truncated UTF-8 escape' },
		{ search: '?theme=darkness', expected: {}, why: 'almost a theme' },
		{ search: '?theme[]=dark', expected: {}, why: 'array syntax' },
		{ search: '?title=2&source=-1', expected: {}, why: 'numbers that are not 0 or 1' },
		{ search: '?title=&source=', expected: {}, why: 'empty values' },
		{ search: '?phase=Exchange', expected: {}, why: 'not a phase id' },
		{ search: '?phase=../../etc/passwd', expected: {}, why: 'a path' },
		{ search: '?phase=javascript:alert(1)', expected: {}, why: 'a URL' },
		{ search: '?phase=political-horizon', expected: {}, why: 'a phase this view does not show' },
		{ search: `?phase=${'a'.repeat(80)}`, expected: {}, why: 'too long' },
		{ search: '?childId=a"b', expected: {}, why: 'quotes in the id' },
		{ search: '?childId=a%20b', expected: {}, why: 'a space in the id' },
		{ search: `?childId=${'x'.repeat(200)}`, expected: {}, why: 'an id too long' },
		{ search: '?__proto__=dark&constructor=1&toString=0', expected: {}, why: 'prototype names' },
		{ search: `?${'a=1&'.repeat(2000)}`, expected: {}, why: 'a huge query' },
		{ search: '?theme=light&theme=<b>', expected: { theme: 'light' }, why: 'a repeated key: the first counts' },
		{ search: '#theme=dark', expected: {}, why: 'a hash is not a query' },
		{ search: '?view=now', expected: {}, why: 'a view that does not exist' },
		{ search: '?view=<svg/onload=alert(1)>', expected: {}, why: 'markup for a view' }
	];
	it.each(cases)('$why: $search', ({ search, expected }) => {
		expect(parseEmbedOptions(search, phases)).toEqual({ ...defaults, ...expected });
	});

	it('keeps any well-formed phase when it is not told which phases exist', () => {
		expect(parseEmbedOptions('?phase=political-horizon').phase).toBe('political-horizon');
		expect(parseEmbedOptions('?phase=nope!').phase).toBe(null);
	});

	it.each([undefined, null, 42, {}, ['?theme=dark']])('survives a search that is not a string (%s)', (search) => {
		expect(parseEmbedOptions(search as never)).toEqual(defaults);
	});
});

describe('embedQuery', () => {
	const cases: { options: Partial<EmbedOptions>; expected: string }[] = [
		{ options: {}, expected: '' },
		{ options: { ...defaults }, expected: '' }, // defaults are left out
		{ options: { theme: 'dark' }, expected: '?theme=dark' },
		{ options: { theme: 'light', title: false, source: false }, expected: '?theme=light&title=0&source=0' },
		{ options: { source: false, childId: 'pym-1' }, expected: '?source=0&childId=pym-1' },
		{ options: { phase: 'exchange' }, expected: '?phase=exchange' }
	];
	it.each(cases)('$expected', ({ options, expected }) => {
		expect(embedQuery(options)).toBe(expected);
	});

	it('reads back what it writes', () => {
		const options: EmbedOptions = {
			theme: 'dark',
			title: false,
			source: true,
			phase: 'exchange',
			view: 'since',
			childId: 'c-1'
		};
		expect(parseEmbedOptions(embedQuery(options), phases)).toEqual(options);
	});
});
