// The build's one setting for absolute addresses: a real origin is kept, a missing one gives the local default, and
// anything else stops the build with what was expected.
import { describe, expect, it } from 'vitest';
import { defaultSiteOrigin, siteOrigin } from './site-origin.js';

describe('siteOrigin', () => {
	it('keeps an origin, without a trailing slash', () => {
		expect(siteOrigin('https://news.example')).toBe('https://news.example');
		expect(siteOrigin('https://news.example/')).toBe('https://news.example');
		expect(siteOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
	});

	it('falls back to the local preview when unset', () => {
		expect(siteOrigin(undefined)).toBe(defaultSiteOrigin);
		expect(siteOrigin('')).toBe('http://localhost:4173');
	});

	it.each(['news.example', 'https://news.example/gaza', 'ftp://news.example', 'https://news.example/?a=1'])(
		'stops the build for %s',
		(value) => {
			expect(() => siteOrigin(value)).toThrow(`SITE_ORIGIN is "${value}": expected`);
		}
	);
});
