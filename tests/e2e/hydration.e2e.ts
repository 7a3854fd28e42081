// The app takes over the prerendered stepper as it is: hydrating rewrites none of its text and removes none of its
// elements (the diagrams, which hydrate in tasks of their own, adopt their prerendered drawings rather than redraw
// them), so the page the reader already sees is not laid out again for nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, newContext } from './browser';
import { phases } from './data';

afterAll(close);

describe('hydration', () => {
	it.each(['/', ...phases.map((p) => `/phase/${p.id}`)])(
		'leaves the text and elements of %s as they were prerendered',
		async (path) => {
			const context = await newContext({ viewport: { width: 412, height: 823 } });
			const page = await context.newPage();
			await page.addInitScript(() => {
				const w = window as unknown as { rewritten: string[]; removed: string[] };
				w.rewritten = [];
				w.removed = [];
				document.addEventListener('DOMContentLoaded', () => {
					new MutationObserver((records) => {
						for (const r of records) {
							if (r.type === 'characterData') {
								const parent = r.target.parentElement;
								w.rewritten.push(`${parent?.tagName}.${parent?.getAttribute('class')}: ${r.target.nodeValue}`);
							}
							for (const n of r.removedNodes)
								if (n instanceof Element)
									w.removed.push(`${n.tagName}.${n.getAttribute('class')} from ${(r.target as Element).tagName}`);
						}
					}).observe(document.body, { subtree: true, characterData: true, childList: true });
				});
			});
			await page.goto(baseUrl() + path);
			await hydrated(page);
			await page.waitForLoadState('networkidle');
			const { rewritten, removed } = await page.evaluate(() => {
				const w = window as unknown as { rewritten: string[]; removed: string[] };
				return { rewritten: w.rewritten, removed: w.removed };
			});
			expect(rewritten).toEqual([]);
			expect(removed).toEqual([]);
			// The diagrams answer once hydrated: a drawing's embed button is there.
			expect(await page.locator('.diagram .embed-button button').count()).toBeGreaterThan(0);
			await context.close();
		}
	);
});
