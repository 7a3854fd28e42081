// The app takes over the prerendered stepper as it is: hydrating rewrites none of its text, so the page the reader
// already sees is not laid out again for nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, launch, baseUrl } from './browser';
import { phases } from './data';

afterAll(close);

describe('hydration', () => {
	it.each(['/', ...phases.map((p) => `/phase/${p.id}`)])('leaves the text of %s as it was prerendered', async (path) => {
		const context = await (await launch()).newContext({ viewport: { width: 412, height: 823 } });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { rewritten: string[] };
			w.rewritten = [];
			document.addEventListener('DOMContentLoaded', () => {
				new MutationObserver((records) => {
					for (const r of records) w.rewritten.push(`${r.target.parentElement?.tagName}.${r.target.parentElement?.getAttribute('class')}: ${r.target.nodeValue}`);
				}).observe(document.body, { subtree: true, characterData: true });
			});
		});
		await page.goto(baseUrl() + path);
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => (window as unknown as { rewritten: string[] }).rewritten)).toEqual([]);
		await context.close();
	});
});
