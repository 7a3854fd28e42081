// The image addresses every other part names: one file per edition, diagram, phase, view, theme and format.
import { describe, expect, it } from 'vitest';
import { cardPath, diagramImagePath } from './paths';

describe('image paths', () => {
	it('names one file per diagram, phase, view, theme and format', () => {
		expect(diagramImagePath('map', 'yellow-line', 'plan', 'light', 'svg')).toBe(
			'/images/map/yellow-line/plan-light.svg'
		);
		expect(diagramImagePath('map', 'yellow-line', 'since', 'dark', 'png')).toBe(
			'/images/map/yellow-line/since-dark.png'
		);
		expect(diagramImagePath('exchange', 'exchange', 'plan', 'light', 'png@2x')).toBe(
			'/images/exchange/exchange/plan-light@2x.png'
		);
	});

	it('names a card per phase and one for the explainer', () => {
		expect(cardPath('exchange')).toBe('/images/cards/exchange.png');
		expect(cardPath()).toBe('/images/cards/explainer.png');
	});

	it('puts each edition’s images under its own prefix', () => {
		expect(diagramImagePath('map', 'yellow-line', 'plan', 'light', 'png', 'ar')).toBe(
			'/ar/images/map/yellow-line/plan-light.png'
		);
		expect(diagramImagePath('map', 'yellow-line', 'since', 'dark', 'png@2x', 'he')).toBe(
			'/he/images/map/yellow-line/since-dark@2x.png'
		);
		expect(cardPath('exchange', 'ar')).toBe('/ar/images/cards/exchange.png');
		expect(cardPath(undefined, 'he')).toBe('/he/images/cards/explainer.png');
		expect(cardPath('exchange', 'en')).toBe('/images/cards/exchange.png');
	});
});
