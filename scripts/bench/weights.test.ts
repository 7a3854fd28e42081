import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineCode, measureBuiltPage, resolveLocal, staticImports } from './weights.mjs';

describe('staticImports', () => {
	const tests = [
		{ code: 'import{a as b}from"./chunk.js";', expected: ['./chunk.js'] },
		{ code: 'import"./side.js";export*from"../x.js"', expected: ['./side.js', '../x.js'] },
		{ code: 'const m = import("./lazy.js")', expected: [] }, // a dynamic import is not loaded on first visit
		{ code: 'import x from "https://cdn.example/x.js"', expected: [] }
	];
	it.each(tests)('$code', ({ code, expected }) => expect(staticImports(code)).toEqual(expected));
});

describe('resolveLocal', () => {
	const tests = [
		{ url: '../_app/immutable/a.js', from: '/phase/exchange', expected: '/_app/immutable/a.js' },
		{ url: './b.js', from: '/_app/immutable/chunks/a.js', expected: '/_app/immutable/chunks/b.js' },
		{ url: '/favicon.svg?v=2', from: '/', expected: '/favicon.svg' },
		{ url: 'https://elsewhere.example/a.js', from: '/', expected: null }
	];
	it.each(tests)('$url from $from', ({ url, from, expected }) => expect(resolveLocal(url, from)).toBe(expected));
});

describe('inlineCode', () => {
	it('counts inline scripts and styles, not scripts with a src', () => {
		const html = '<style>a{color:red}</style><script src="/x.js"></script><script>start()</script>';
		expect(inlineCode(html)).toEqual({
			js: { raw: 7, gzip: gzipSync('start()').length },
			css: { raw: 12, gzip: gzipSync('a{color:red}').length }
		});
	});
});

describe('measureBuiltPage', () => {
	const site = mkdtempSync(join(tmpdir(), 'bench-weights-test-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));
	mkdirSync(join(site, '_app'));
	writeFileSync(join(site, '_app', 'start.js'), 'import"./dep.js";');
	writeFileSync(join(site, '_app', 'dep.js'), 'export const a=1;');
	writeFileSync(join(site, '_app', 'page.css'), 'p{margin:0}');
	writeFileSync(
		join(site, 'index.html'),
		'<link href="./_app/start.js" rel="modulepreload"><link href="./_app/page.css" rel="stylesheet" disabled media="(max-width: 0)"><style>p{margin:0}</style>'
	);

	it('follows modulepreload links and their imports, and leaves out the disabled stylesheet SvelteKit keeps beside inlined CSS', () => {
		const m = measureBuiltPage(site, '/');
		expect([m.files, m.js.raw, m.css.raw, m.inline.css.raw, m.missing]).toEqual([2, 17 + 17, 0, 11, []]);
	});

	it('follows the modules a start-up script imports or preloads after the first paint', () => {
		writeFileSync(join(site, '_app', 'app.js'), 'export const b=2;');
		writeFileSync(
			join(site, 'later.html'),
			'<h1>Hi</h1><script>new Promise(r=>r()).then(()=>{for(const href of ["./_app/start.js"])x(href);return Promise.all([import("./_app/app.js")])})</script>'
		);
		const m = measureBuiltPage(site, '/later');
		expect([m.files, m.js.raw, m.missing]).toEqual([3, 17 + 17 + 17, []]);
	});
});
