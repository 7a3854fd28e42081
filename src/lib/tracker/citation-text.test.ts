// Tests a source written out for paper: outlet, date as precise as reported, and its weakness in words.
import { describe, expect, it } from 'vitest';
import type { Citation } from '$lib/content/citation';
import { citationText } from './citation-text';

const report = (fields: Partial<Citation>): Citation => ({
	id: 'r',
	kind: 'report',
	label: 'AP, read on Daijiworld',
	dateApproximate: false,
	url: 'https://example.org/',
	weak: [],
	...fields
});

describe('citationText', () => {
	it.each([
		{ citation: report({ date: '2025-12-11' }), text: 'AP, read on Daijiworld, 11 Dec 2025' },
		{
			citation: report({ date: '2026-03', dateApproximate: true, weak: ['single-source'] }),
			text: 'AP, read on Daijiworld, about Mar 2026 (⚠ single source)'
		},
		{
			citation: report({ date: '2025', end: '2026', weak: ['mirror', 'opinion'] }),
			text: 'AP, read on Daijiworld, 2025 – 2026 (⚠ read on a mirror; opinion)'
		},
		{ citation: report({}), text: 'AP, read on Daijiworld' }
	])('writes $text', ({ citation, text }) => {
		expect(citationText(citation)).toBe(text);
	});
});
