// Bad content stops the real build, and the message names the file, the path and what was expected.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'explainer-bad-data-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a build with bad content', () => {
	it('stops, naming data/quotes.json, the path inside it and what was expected', async () => {
		for (const entry of [
			'src',
			'data',
			'static',
			'scripts',
			'messages',
			'project.inlang',
			'svelte.config.js',
			'vite.config.ts',
			'tsconfig.json',
			'package.json'
		])
			cpSync(join(root, entry), join(copy, entry), { recursive: true });
		symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
		const quotesFile = join(copy, 'data/quotes.json');
		const quotes = JSON.parse(readFileSync(quotesFile, 'utf8'));
		quotes[4].source = 'an-article-that-does-not-exist';
		writeFileSync(quotesFile, JSON.stringify(quotes));

		const build = promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd: copy,
			env: { ...process.env, NODE_ENV: 'production' }
		});
		const failure = await build.then(
			() => null,
			(error: { code: number; stdout: string; stderr: string }) => error
		);
		expect(failure, 'the build should have failed').not.toBeNull();
		expect(failure!.code).not.toBe(0);
		expect(failure!.stdout + failure!.stderr).toContain(
			'data/quotes.json at [4].source: expected a source id that exists (found "an-article-that-does-not-exist")'
		);
	}, 180_000);
});
