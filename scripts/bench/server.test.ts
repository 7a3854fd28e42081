import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForPath, serveStatic } from './server.mjs';

const site = mkdtempSync(join(tmpdir(), 'bench-site-test-'));
mkdirSync(join(site, 'phase'));
mkdirSync(join(site, '_app', 'immutable'), { recursive: true });
writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
writeFileSync(join(site, 'phase', 'exchange.html'), '<h1>exchange</h1>');
writeFileSync(join(site, '_app', 'immutable', 'a.js'), 'export {}');

describe('fileForPath', () => {
	const tests = [
		{ path: '/', expected: 'index.html' },
		{ path: '/phase/exchange', expected: 'phase/exchange.html' },
		{ path: '/_app/immutable/a.js', expected: '_app/immutable/a.js' },
		{ path: '/phase/nowhere', expected: null },
		{ path: '/../etc/passwd', expected: null },
		{ path: '/%E0%A4%A', expected: null }
	];
	it.each(tests)('$path', ({ path, expected }) =>
		expect(fileForPath(site, path)).toBe(expected && join(site, expected))
	);
});

describe('serveStatic', () => {
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		server = await serveStatic(site, { '/timelinejs/': join(site, 'phase') });
	});
	afterAll(async () => {
		await server.close();
		rmSync(site, { recursive: true, force: true });
	});

	it('serves pages gzipped on loopback, hashed files cached for a year, and 404 for the rest', async () => {
		const page = await fetch(`${server.url}/phase/exchange`);
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect([
			page.status,
			page.headers.get('content-type'),
			page.headers.get('content-encoding'),
			await page.text()
		]).toEqual([200, 'text/html; charset=utf-8', 'gzip', '<h1>exchange</h1>']);
		const script = await fetch(`${server.url}/_app/immutable/a.js`);
		expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
	});

	it('serves a mounted folder under its prefix', async () => {
		expect(await (await fetch(`${server.url}/timelinejs/exchange`)).text()).toBe('<h1>exchange</h1>');
		expect(server.resolve('/timelinejs/exchange')).toBe(join(site, 'phase', 'exchange.html'));
	});
});
