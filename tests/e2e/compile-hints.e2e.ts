// Every script the site's pages fetch asks Chromium to compile it as it loads (vite.config.ts, compileHints), so that
// the tasks which hydrate a page do not stop to compile each function on its first call.
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, newContext } from './browser';

afterAll(close);

const HINT = '//# allFunctionsCalledOnLoad\n';

describe('compile hints', () => {
	it.each(['/', '/phase/yellow-line', '/present'])('every script %s fetches opens with the hint', async (path) => {
		const context = await newContext();
		const page = await context.newPage();
		const scripts: Promise<[string, string]>[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script')
				scripts.push(r.text().then((body) => [r.url(), body.slice(0, HINT.length)]));
		});
		await page.goto(baseUrl() + path);
		await hydrated(page);
		const opened = await Promise.all(scripts);
		expect(opened.length).toBeGreaterThan(5);
		expect(opened.filter(([, start]) => start !== HINT).map(([url]) => url)).toEqual([]);
		await context.close();
	});
});
