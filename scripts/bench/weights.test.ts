import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlPages, inlineCode, measureLoaded } from './weights.mjs';

describe('inlineCode', () => {
	it('counts inline scripts and styles, not scripts with a src', () => {
		const html = '<style>a{color:red}</style><script src="/x.js"></script><script>start()</script>';
		expect(inlineCode(html)).toEqual({
			js: { raw: 7, gzip: gzipSync('start()').length },
			css: { raw: 12, gzip: gzipSync('a{color:red}').length }
		});
	});
});

describe('measureLoaded and htmlPages', () => {
	const site = mkdtempSync(join(tmpdir(), 'bench-weights-test-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));
	mkdirSync(join(site, '_app'));
	mkdirSync(join(site, 'phase'));
	writeFileSync(join(site, '_app', 'start.js'), 'import"./dep.js";');
	writeFileSync(join(site, '_app', 'map.js'), 'export const a=1;');
	writeFileSync(join(site, '_app', 'page.css'), 'p{margin:0}');
	writeFileSync(join(site, '_app', 'arabic.woff2'), Buffer.alloc(1500));
	writeFileSync(join(site, 'index.html'), '<h1>Hi</h1><style>h1{margin:0}</style><script>go()</script>');
	writeFileSync(join(site, 'phase', 'one.html'), '<h1>One</h1>');
	const fileFor = (pathname: string) => join(site, pathname === '/' ? 'index.html' : pathname);
	const origin = 'http://127.0.0.1:9';

	it('weighs each file fetched once, fonts by their bytes, the document’s inline code, and lists other origins', () => {
		const m = measureLoaded(
			[
				{ url: `${origin}/`, type: 'Document' },
				{ url: `${origin}/_app/start.js`, type: 'Script' },
				{ url: `${origin}/_app/map.js`, type: 'Script' },
				{ url: `${origin}/_app/map.js`, type: 'Script' },
				{ url: `${origin}/_app/page.css`, type: 'Stylesheet' },
				{ url: `${origin}/_app/arabic.woff2`, type: 'Font' },
				{ url: 'https://cdn.example/x.js', type: 'Script' },
				{ url: 'https://fonts.example/x.woff2', type: 'Font' }
			],
			origin,
			fileFor
		);
		expect([m.files.js, m.js.raw, m.files.css, m.css.raw, m.inlineJs.raw, m.inlineCss.raw]).toEqual([
			2,
			17 + 17,
			1,
			11,
			4,
			12
		]);
		expect(m.totalJs.raw).toBe(17 + 17 + 4);
		expect([m.files.fonts, m.fonts]).toEqual([1, 1500]);
		expect(m.foreign).toEqual(['https://cdn.example/x.js', 'https://fonts.example/x.woff2']);
	});

	it('lists the built pages as site paths', () => {
		expect(htmlPages(site).sort()).toEqual(['/', '/phase/one']);
	});
});
