import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, openPage } from './browser';
import { editionRoutes } from './routes';

afterAll(close);

describe('accessibility (axe, WCAG 2.2 AA)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it.each(editionRoutes)(`%s has no violations in ${colorScheme} mode`, async (route) => {
			const page = await openPage(route, { colorScheme });
			await hydrated(page);
			// open every text alternative, so its tables are checked too
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			const summary = results.violations.map(
				(v) =>
					`${v.id}: ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 5)
						.join(', ')}`
			);
			expect(summary).toEqual([]);
			await page.context().close();
		});
	}
});
