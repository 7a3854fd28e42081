// Tests the embed code of every form: exact strings, escaping, and what AMP requires of its amp-iframe.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, snippetForms } from './snippet';

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
	const still = {
		src: 'https://news.example/images/map/yellow-line/plan-dark.png',
		src2x: 'https://news.example/images/map/yellow-line/plan-dark@2x.png',
		href: 'https://news.example/phase/yellow-line?from=embed&x="1"',
		alt: title
	};
	const linkedImage =
		`<a href="https://news.example/phase/yellow-line?from=embed&amp;x=&quot;1&quot;">` +
		`<img src="https://news.example/images/map/yellow-line/plan-dark.png" ` +
		`srcset="https://news.example/images/map/yellow-line/plan-dark.png 1x, ` +
		`https://news.example/images/map/yellow-line/plan-dark@2x.png 2x" alt="${escapedTitle}" ` +
		`width="100%" style="display:block;max-width:100%;height:auto;border:0"></a>`;

	it('gives a plain iframe with a title, full width, no border, no scrolling, its height also inline', () => {
		expect(embedSnippet('iframe', { src, title, height: 712.4, still })).toBe(
			`<iframe title="${escapedTitle}" src="${escapedSrc}" width="100%" height="713" ` +
				`style="width:100%;height:713px;border:0" frameborder="0" scrolling="no" loading="lazy"></iframe>`
		);
	});
	it.each([undefined, 0, -3, NaN, Infinity])(
		'starts the plain iframe and AMP at 600 px without a usable height (%s)',
		(height) => {
			const iframe = embedSnippet('iframe', { src, title, height, still });
			expect(iframe).toContain('height="600"');
			expect(iframe).toContain('height:600px;');
			expect(embedSnippet('amp', { src, title, height, still })).toContain('height="600"');
		}
	);
	it("gives pym.js's container, which its autoInit empties and fills with an iframe, the image for no script", () => {
		expect(embedSnippet('pym', { src, title, still })).toBe(
			`<div data-pym-src="${escapedSrc}" data-pym-title="${escapedTitle}"><noscript>${linkedImage}</noscript></div>`
		);
	});
	it("gives @newswire/frames' container, which autoInitFrames fills with an iframe, the image for no script", () => {
		expect(embedSnippet('frames', { src, title, still })).toBe(
			`<div data-frame-src="${escapedSrc}" data-frame-attribute-title="${escapedTitle}">` +
				`<noscript>${linkedImage}</noscript></div>`
		);
	});
	it('gives the linked image alone, at one and two pixels per CSS pixel', () => {
		expect(embedSnippet('image', { src, title, still })).toBe(linkedImage);
	});
	it('gives the linked card, which has one size only, without a srcset', () => {
		const card = { src: 'https://news.example/images/cards/explainer.png', href: 'https://news.example/', alt: 'A' };
		expect(embedSnippet('image', { src, title, still: card })).toBe(
			`<a href="https://news.example/"><img src="https://news.example/images/cards/explainer.png" alt="A" ` +
				`width="100%" style="display:block;max-width:100%;height:auto;border:0"></a>`
		);
	});
	it('gives an amp-iframe that AMP lets resize, with the still image until it loads', () => {
		expect(embedSnippet('amp', { src, title, height: 712.4, still })).toBe(
			`<amp-iframe title="${escapedTitle}" src="${escapedSrc}" layout="fixed-height" height="713" ` +
				`sandbox="allow-scripts allow-same-origin allow-popups" resizable frameborder="0">` +
				`<amp-img placeholder layout="fill" src="https://news.example/images/map/yellow-line/plan-dark.png" ` +
				`alt="${escapedTitle}"></amp-img>` +
				`<div overflow tabindex="0" role="button" aria-label="Show all of it">Show all</div>` +
				`</amp-iframe>`
		);
	});
	it('gives AMP what its validator requires of a resizable amp-iframe', () => {
		const doc = new JSDOM(embedSnippet('amp', { src, title, still })).window.document;
		const amp = doc.querySelector('amp-iframe')!;
		expect(amp.getAttribute('src')).toBe(src);
		expect(new URL(amp.getAttribute('src')!).protocol).toBe('https:');
		// fixed-height: a height, and no width but "auto"
		expect(amp.getAttribute('layout')).toBe('fixed-height');
		expect(amp.hasAttribute('width')).toBe(false);
		expect(amp.getAttribute('resizable')).toBe('');
		expect(amp.getAttribute('sandbox')!.split(' ')).toEqual(['allow-scripts', 'allow-same-origin', 'allow-popups']);
		expect(amp.querySelectorAll(':scope > [overflow]')).toHaveLength(1);
		expect(amp.querySelector(':scope > amp-img[placeholder]')?.getAttribute('src')).toBe(still.src);
	});
	it('never points at a script on another site', () => {
		for (const form of snippetForms) expect(embedSnippet(form, { src, title, still })).not.toMatch(/<script/);
	});
});
