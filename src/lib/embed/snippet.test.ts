import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from './snippet';

describe('embedUrl', () => {
	const cases = [
		{
			origin: 'https://news.example',
			kind: 'map',
			phase: 'yellow-line',
			options: {},
			expected: 'https://news.example/embed/map/yellow-line'
		},
		{
			origin: 'https://news.example/',
			kind: 'stepper',
			phase: 'exchange',
			options: { theme: 'dark' },
			expected: 'https://news.example/embed/stepper/exchange?theme=dark'
		},
		{
			origin: 'http://127.0.0.1:4173',
			kind: 'figures',
			phase: 'exchange',
			options: { theme: 'auto', title: false, source: false },
			expected: 'http://127.0.0.1:4173/embed/figures/exchange?title=0&source=0'
		}
	] as const;
	it.each(cases)('$expected', ({ origin, kind, phase, options, expected }) => {
		expect(embedUrl(origin, kind, phase, options)).toBe(expected);
	});
});

describe('embedSnippet', () => {
	const src = 'https://news.example/embed/map/yellow-line?theme=dark&title=0';
	const title = 'Withdrawal lines, Phase 2 of 6: Pull-back to the "yellow line" <approx.>';
	const escapedSrc = 'https://news.example/embed/map/yellow-line?theme=dark&amp;title=0';
	const escapedTitle = 'Withdrawal lines, Phase 2 of 6: Pull-back to the &quot;yellow line&quot; &lt;approx.&gt;';

	it('gives a plain iframe with a title, full width, no border and no scrolling', () => {
		expect(embedSnippet('iframe', { src, title, height: 712.4 })).toBe(
			`<iframe title="${escapedTitle}" src="${escapedSrc}" width="100%" height="713" ` +
				`frameborder="0" scrolling="no" loading="lazy"></iframe>`
		);
	});
	it.each([undefined, 0, -3, NaN, Infinity])(
		'starts the plain iframe at 600 px without a usable height (%s)',
		(height) => {
			expect(embedSnippet('iframe', { src, title, height })).toContain('height="600"');
		}
	);
	it("gives pym.js's container, which its autoInit turns into an iframe", () => {
		expect(embedSnippet('pym', { src, title })).toBe(
			`<div data-pym-src="${escapedSrc}" data-pym-title="${escapedTitle}"></div>`
		);
	});
	it("gives @newswire/frames' container, which autoInitFrames fills with an iframe", () => {
		expect(embedSnippet('frames', { src, title })).toBe(
			`<div data-frame-src="${escapedSrc}" data-frame-attribute-title="${escapedTitle}"></div>`
		);
	});
	it('never points at a script on another site', () => {
		for (const form of ['iframe', 'pym', 'frames'] as const)
			expect(embedSnippet(form, { src, title })).not.toMatch(/<script/);
	});
});
