// An editor on the English page embeds the Arabic edition: the Embed dialog's code goes to /ar/embed/…, with the
// Arabic title, and that embed, pasted in a right-to-left article's 600 px column, shows Arabic and posts its height.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, newContext, openPage } from './browser';
import { phases } from './data';
import { articlePagesForFile } from './parent-pages';

const parents = articlePagesForFile();

const mapPhase = phases.find((p) => p.diagrams.some((d) => d.kind === 'map'))!;
const arabic = /[\u0600-\u06FF]/;
const snippet = (page: Page) => page.locator('dialog[open] textarea').inputValue();

describe('an embed in another edition than the page’s', () => {
	it('is chosen in the English dialog, and posts its height and shows Arabic in a right-to-left article', async () => {
		const page = await openPage(`/phase/${mapPhase.id}`);
		await hydrated(page);
		await page
			.locator('figure[data-diagram="map"]')
			.getByRole('button', { name: /^Embed/ })
			.click();
		const dialog = page.locator('dialog[open]');
		await dialog.waitFor();
		expect(await dialog.getByLabel('English').isChecked()).toBe(true);
		await dialog.getByLabel('العربية').check();
		await expect.poll(() => snippet(page)).toMatch(/ title="[^"]*[\u0600-\u06FF]/);
		const code = await snippet(page);
		const src = /src="([^"]+)"/.exec(code)![1];
		expect(new URL(src).pathname).toBe(`/ar/embed/map/${mapPhase.id}`);
		// The preview shows that edition too.
		const preview = (await dialog.locator('iframe').elementHandle())!;
		expect(new URL((await preview.getAttribute('src'))!).pathname).toBe(`/ar/embed/map/${mapPhase.id}`);
		// Its images too: the downloads and the snippet's still are the edition's, drawn in its words.
		const downloads = dialog.getByRole('region', { name: 'Download image' }).getByRole('link');
		expect(await downloads.first().getAttribute('href')).toBe(`/ar/images/map/${mapPhase.id}/plan-light.svg`);
		await dialog.getByLabel('Image (newsletters, print)').check();
		await expect.poll(() => snippet(page)).toContain(`/ar/images/map/${mapPhase.id}/plan-light.png`);
		await page.context().close();

		const context = await newContext({ viewport: { width: 600, height: 800 } });
		const article = await context.newPage();
		await article.goto(parents.snippetsUrl([code], { dir: 'rtl' }));
		const frame = (await (await article.waitForSelector('iframe')).contentFrame())!;
		await frame.waitForLoadState('load');
		expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
			'ar',
			'rtl'
		]);
		expect(await frame.locator('h1, h2').first().textContent()).toMatch(arabic);
		await expect
			.poll(() =>
				article.evaluate(
					() =>
						(window as unknown as { received: { type?: string; height?: number }[] }).received.filter(
							(m) => m?.type === 'embed-size' && typeof m.height === 'number' && m.height > 0
						).length
				)
			)
			.toBeGreaterThan(0);
		await context.close();
	});
});
