import { describe, expect, it } from 'vitest';
import { editionHref } from './edition-href';

describe('editionHref', () => {
	it('leaves the English addresses as they are', () => {
		expect(editionHref('/', 'en')).toBe('/');
		expect(editionHref('/points#point-3', 'en')).toBe('/points#point-3');
	});

	it('puts a page in the reader’s edition, its query and fragment kept', () => {
		expect(editionHref('/phase/exchange', 'ar')).toBe('/ar/phase/exchange');
		expect(editionHref('/timeline?phase=yellow-line', 'he')).toBe('/he/timeline?phase=yellow-line');
		expect(editionHref('/points#point-3', 'ar')).toBe('/ar/points#point-3');
	});

	it('names an edition’s home as its prerendered file does, without a trailing slash', () => {
		expect(editionHref('/', 'ar')).toBe('/ar');
		expect(editionHref('/', 'he')).toBe('/he');
	});

	it('is the same for an address already in an edition', () => {
		expect(editionHref('/ar/phase/exchange', 'ar')).toBe('/ar/phase/exchange');
	});
});
