import { describe, expect, it } from 'vitest';
import { precached, workerEdition, workerScript } from './precache';

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
		'/ar',
		'/ar/present',
		'/he/phase/exchange/__data.json',
		'/since/ar/map.json'
	])('keeps %s', (path) => expect(precached(path)).toBe(true));

	it.each([
		'/images/index.json',
		'/images/map/exchange/plan-light.png',
		'/data/figures.csv',
		'/oembed/map.json',
		'/embed',
		'/embed/map/exchange',
		'/embed/stepper/__data.json',
		'/ar/embed',
		'/ar/embed/map/exchange',
		'/he/embed/stepper/__data.json',
		'/ar/data/events.csv',
		'/he/oembed/map/exchange.json',
		'/he/embed/timeline',
		'/_headers',
		'/robots.txt'
	])('leaves out %s', (path) => expect(precached(path)).toBe(false));

	it('keeps a page whose name only starts like a left-out folder', () => {
		expect(precached('/embedding')).toBe(true);
	});

	it("names each edition's worker, and reads the edition back from a worker's address", () => {
		expect(workerScript('en')).toBe('/service-worker.js');
		expect(workerScript('ar')).toBe('/service-worker-ar.js');
		expect(workerEdition('/service-worker-he.js')).toBe('he');
		expect(workerEdition('/service-worker.js')).toBe('en');
	});
});
