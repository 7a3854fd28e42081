import { describe, expect, it } from 'vitest';
import { precached } from './precache';

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
		'/icons/icon-192.png'
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
		'/robots.txt'
	])('leaves out %s', (path) => expect(precached(path)).toBe(false));

	it('keeps a page whose name only starts like a left-out folder', () => {
		expect(precached('/embedding')).toBe(true);
	});
});
