// Tests which still image stands in for each view, and the page of the explainer it links to.
import { describe, expect, it } from 'vitest';
import { stillImage } from './still';

const origin = 'https://news.example/';

describe('stillImage', () => {
	it('is the diagram’s own image, in the chosen view and theme, at 1x and 2x, linked to its phase', () => {
		expect(stillImage(origin, 'map', 'yellow-line', { view: 'since', theme: 'dark', alt: 'The map' })).toEqual({
			src: 'https://news.example/images/map/yellow-line/since-dark.png',
			src2x: 'https://news.example/images/map/yellow-line/since-dark@2x.png',
			href: 'https://news.example/phase/yellow-line',
			alt: 'The map'
		});
	});
	it.each([undefined, 'auto', 'light'] as const)('draws the theme %s as light, the plan by default', (theme) => {
		expect(stillImage(origin, 'figures', 'exchange', { theme, alt: 'x' }).src).toBe(
			'https://news.example/images/figures/exchange/plan-light.png'
		);
	});
	it('is the phase’s card for the stepper at a phase, and the explainer’s card without one', () => {
		expect(stillImage(origin, 'stepper', 'exchange', { alt: 'x' })).toEqual({
			src: 'https://news.example/images/cards/exchange.png',
			href: 'https://news.example/phase/exchange',
			alt: 'x'
		});
		expect(stillImage(origin, 'stepper', '', { alt: 'x' })).toMatchObject({
			src: 'https://news.example/images/cards/explainer.png',
			href: 'https://news.example/'
		});
	});
	it('is the explainer’s card for the timeline and the tracker, linked to their pages or the phase', () => {
		expect(stillImage(origin, 'tracker', undefined, { alt: 'x' })).toMatchObject({
			src: 'https://news.example/images/cards/explainer.png',
			href: 'https://news.example/tracker'
		});
		expect(stillImage(origin, 'timeline', '', { alt: 'x' }).href).toBe('https://news.example/timeline');
		expect(stillImage(origin, 'timeline', 'exchange', { alt: 'x' })).toMatchObject({
			src: 'https://news.example/images/cards/explainer.png',
			href: 'https://news.example/phase/exchange'
		});
	});

	it('is the chosen edition’s own image, drawn from its embed in its words, linked to its page', () => {
		expect(stillImage(origin, 'map', 'yellow-line', { view: 'since', alt: 'x', locale: 'ar' })).toMatchObject({
			src: 'https://news.example/ar/images/map/yellow-line/since-light.png',
			src2x: 'https://news.example/ar/images/map/yellow-line/since-light@2x.png',
			href: 'https://news.example/ar/phase/yellow-line'
		});
		expect(stillImage(origin, 'stepper', 'exchange', { alt: 'x', locale: 'he' })).toMatchObject({
			src: 'https://news.example/he/images/cards/exchange.png',
			href: 'https://news.example/he/phase/exchange'
		});
	});
});
