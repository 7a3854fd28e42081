import { describe, expect, it } from 'vitest';
import { inEdition, precached } from './precache';

describe('precached', () => {
	it.each([
		'/',
		'/present',
		'/present/notes',
		'/present/handout',
		'/present/__data.json',
		'/phase/exchange',
		'/phase/exchange/__data.json',
		'/sources',
		'/glossary',
		'/since/map.json',
		'/favicon.svg',
		'/manifest.webmanifest',
		'/icons/icon-192.png',
		'/ar/present',
		'/he/phase/exchange'
	])('keeps %s', (path) => expect(precached(path)).toBe(true));

	it.each([
		'/images/index.json',
		'/images/map/exchange/plan-light.png',
		'/data/figures.csv',
		'/oembed/map.json',
		'/embed',
		'/embed/map/exchange',
		'/embed/stepper/__data.json',
		'/_headers',
		'/robots.txt',
		'/ar/data/events.csv',
		'/he/oembed/map/exchange.json',
		'/ar/embed',
		'/he/embed/timeline'
	])('leaves out %s', (path) => expect(precached(path)).toBe(false));

	it('keeps a page whose name only starts like a left-out folder', () => {
		expect(precached('/embedding')).toBe(true);
	});

	it("keeps the pages of the deck's edition, and no other edition's", () => {
		expect(inEdition('/present', 'en')).toBe(true);
		expect(inEdition('/ar/present', 'en')).toBe(false);
		expect(inEdition('/ar', 'ar')).toBe(true);
		expect(inEdition('/ar/phase/exchange/__data.json', 'ar')).toBe(true);
		expect(inEdition('/since/ar/map.json', 'ar')).toBe(true);
		expect(inEdition('/since/map.json', 'ar')).toBe(false);
		expect(inEdition('/he/present', 'ar')).toBe(false);
		expect(inEdition('/archive', 'en')).toBe(true);
	});
});
