// Every phase's diagrams in every edition, as the browser draws them: on the phase's page on a phone and a laptop,
// and alone in their embeds. Each figure reads in its edition's direction, and no label runs out of its drawing or
// over another: the Arabic and Hebrew labels are laid out at their own widths (src/lib/diagrams/text.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, openPage } from './browser';
import { phases } from './data';
import { svgLabelProblems } from './layout-checks';

afterAll(close);

const editions = [
	{ edition: 'en', prefix: '', dir: 'ltr' },
	{ edition: 'ar', prefix: '/ar', dir: 'rtl' },
	{ edition: 'he', prefix: '/he', dir: 'rtl' }
] as const;

describe.each(editions)('the $edition edition', ({ prefix, dir }) => {
	it.each(phases.map((p) => ({ phase: p.id, kinds: p.diagrams.length, dir })))(
		'/phase/$phase at 1280 and 375 px: its diagrams read $dir, every label inside and apart',
		async (p) => {
			const page = await openPage(`${prefix}/phase/${p.phase}`, { viewport: { width: 1280, height: 900 } });
			await hydrated(page);
			const dirs = await page.$$eval('figure.diagram', (figures) => figures.map((f) => f.getAttribute('dir')));
			expect(dirs).toEqual(Array.from({ length: p.kinds }, () => dir));
			for (const width of [1280, 375]) {
				await page.setViewportSize({ width, height: 900 });
				const found = await svgLabelProblems(page);
				expect(found.drawings, `at ${width} px`).toBe(p.kinds);
				expect(found.problems, `at ${width} px`).toEqual([]);
			}
			await page.context().close();
		}
	);

	const embeds = phases.flatMap((p) => p.diagrams.map((d) => ({ phase: p.id, kind: d.kind })));
	it.each(embeds)('/embed/$kind/$phase in a 600 px frame: every label inside and apart', async (e) => {
		// An embed's drawing is in its HTML: measured once the page has loaded, with no wait for its script.
		const page = await openPage(`${prefix}/embed/${e.kind}/${e.phase}`, { viewport: { width: 600, height: 900 } });
		expect(await page.getAttribute('html', 'dir')).toBe(dir);
		const found = await svgLabelProblems(page);
		expect(found.drawings).toBe(1);
		expect(found.problems).toEqual([]);
		await page.context().close();
	});
});
