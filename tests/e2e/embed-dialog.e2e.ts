// The editor's side of embedding: the Embed button and dialog on the explainer, the previewer,
// and the embeds' accessibility.
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, openPage } from './browser';
import { wholePlanViews } from '../../src/lib/embed/catalogue';
import { phases } from './data';

afterAll(close);

const mapPhase = phases.find((p) => p.diagrams.some((d) => d.kind === 'map'))!;
const snippet = (page: Page) => page.locator('dialog[open] textarea').inputValue();

/** The embed inside a preview iframe, once loaded. */
async function embedIn(preview: Locator): Promise<Frame> {
	const frame = (await (await preview.elementHandle())!.contentFrame())!;
	await frame.waitForLoadState('load');
	return frame;
}

/** Waits until the preview iframe is as tall as the embed inside it says it is. */
async function sizedByItsMessages(preview: Locator, frame: Frame) {
	await expect
		.poll(async () =>
			Math.abs(
				(await preview.evaluate((f) => f.clientHeight)) -
					(await frame.evaluate(() => document.documentElement.getBoundingClientRect().height))
			)
		)
		.toBeLessThanOrEqual(4);
}

async function axeViolations(page: Page, include?: string) {
	const builder = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
		'best-practice'
	]);
	if (include) builder.include(include);
	const results = await builder.analyze();
	return results.violations.map(
		(v) =>
			`${v.id}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join(', ')}`
	);
}

describe('the Embed button and dialog', () => {
	it('is not there without JavaScript', async () => {
		const page = await openPage(`/phase/${mapPhase.id}`, { javaScriptEnabled: false });
		expect(await page.locator('figure[data-diagram="map"]').count()).toBe(1);
		expect(await page.getByRole('button', { name: /Embed/ }).count()).toBe(0);
		await page.context().close();
	});

	it('is on the stepper and on every diagram’s frame', async () => {
		const page = await openPage(`/phase/${mapPhase.id}`);
		await hydrated(page);
		await page.getByRole('button', { name: /^Embed the stepper/ }).waitFor();
		for (const state of mapPhase.diagrams) {
			const figure = page.locator(`figure[data-diagram="${state.kind}"]`);
			if (!(await figure.count())) continue; // a diagram still being built draws nothing yet
			expect(await figure.getByRole('button', { name: /^Embed/ }).count()).toBe(1);
		}
		await page.context().close();
	});

	it('gives the code with the chosen options, copies it, previews it, and closes with Escape', async () => {
		const page = await openPage(`/phase/${mapPhase.id}`, { permissions: ['clipboard-read', 'clipboard-write'] });
		await hydrated(page);
		const button = page.locator('figure[data-diagram="map"]').getByRole('button', { name: /^Embed/ });
		await button.click();
		const dialog = page.locator('dialog[open]');
		await dialog.waitFor();
		expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
		expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Embed this diagram');

		const origin = new URL(baseUrl()).origin;
		const plain = await snippet(page);
		expect(plain).toMatch(
			new RegExp(
				`^<iframe title="[^"]*map[^"]*" src="${origin}/embed/map/${mapPhase.id}" ` +
					`width="100%" height="(\\d+)" style="width:100%;height:\\1px;border:0" frameborder="0" scrolling="no"`,
				'i'
			)
		);
		expect(plain).not.toContain('<script');

		await dialog.getByLabel('Dark').check();
		await dialog.getByLabel('The source line').uncheck();
		expect(await snippet(page)).toContain(`src="${origin}/embed/map/${mapPhase.id}?theme=dark&amp;source=0"`);
		const maps = phases.filter((p) => p.diagrams.some((d) => d.kind === 'map'));
		await dialog.locator('select').selectOption(maps.at(-1)!.id);
		expect(await snippet(page)).toContain(`/embed/map/${maps.at(-1)!.id}?theme=dark`);

		await dialog.getByLabel('pym.js container').check();
		expect(await snippet(page)).toMatch(/^<div data-pym-src="[^"]+" data-pym-title="[^"]+"><noscript><a [^]+<\/div>$/);
		await dialog.getByLabel('@newswire/frames container').check();
		expect(await snippet(page)).toMatch(
			/^<div data-frame-src="[^"]+" data-frame-attribute-title="[^"]+"><noscript><a [^]+<\/div>$/
		);
		await dialog.getByLabel('Image (newsletters, print)').check();
		expect(await snippet(page)).toMatch(
			new RegExp(`^<a href="${origin}/phase/${maps.at(-1)!.id}"><img src="${origin}/images/map/${maps.at(-1)!.id}/`)
		);

		await dialog.getByRole('button', { name: 'Copy code' }).click();
		await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet(page));

		// the preview is the embed itself, sized by its own messages
		const preview = dialog.locator('iframe');
		expect(await preview.getAttribute('src')).toBe(`${origin}/embed/map/${maps.at(-1)!.id}?theme=dark&source=0`);
		const frame = await embedIn(preview);
		expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await sizedByItsMessages(preview, frame);

		expect(await axeViolations(page, 'dialog')).toEqual([]);
		await dialog.getByRole('button', { name: /Close/ }).focus();
		await page.keyboard.press('ArrowRight'); // the stepper's key, but the dialog keeps it
		await page.waitForTimeout(300);
		expect(new URL(page.url()).pathname).toBe(`/phase/${mapPhase.id}`);
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached' });
		expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
		await page.context().close();
	});

	it('falls back to selecting the code when the clipboard is refused', async () => {
		const page = await openPage(`/phase/${phases[0].id}`);
		await hydrated(page);
		await page.evaluate(() =>
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } })
		);
		await page.evaluate(() => Object.defineProperty(document, 'execCommand', { value: () => false }));
		await page.getByRole('button', { name: /^Embed the stepper/ }).click();
		// Once the preview has said its height: the code then takes it in and is not rewritten under the selection.
		const preview = page.locator('dialog[open] iframe');
		await sizedByItsMessages(preview, await embedIn(preview));
		await page.getByRole('button', { name: 'Copy code' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /selected/ })
			.waitFor();
		const selection = await page.evaluate(() => {
			const t = document.activeElement as HTMLTextAreaElement;
			return t.value.slice(t.selectionStart, t.selectionEnd);
		});
		expect(selection).toBe(await snippet(page));
		expect(selection).toContain(`/embed/stepper/${phases[0].id}`);
		await page.context().close();
	});
});

describe('the previewer for editors', () => {
	it('shows every embed at 320, 600 and 1000 pixels, lazily', async () => {
		const page = await openPage('/embed', { viewport: { width: 1400, height: 900 } });
		await hydrated(page);
		const kinds = new Set(phases.flatMap((p) => p.diagrams.map((d) => d.kind)));
		// The stepper and the timeline once, each diagram in each phase that draws it, each view of the whole plan once.
		const expected =
			2 +
			[...kinds].reduce((n, kind) => n + phases.filter((p) => p.diagrams.some((d) => d.kind === kind)).length, 0) +
			wholePlanViews.length;
		expect(await page.locator('[data-embed-entry]').count()).toBe(expected);
		const frames = page.locator('[data-embed-entry] iframe');
		expect(await frames.count()).toBe(expected * 3);
		expect(await frames.evaluateAll((fs) => [...new Set(fs.map((f) => f.getAttribute('width')))])).toEqual([
			'320',
			'600',
			'1000'
		]);
		expect(await frames.evaluateAll((fs) => fs.every((f) => f.getAttribute('loading') === 'lazy'))).toBe(true);
		const first = frames.first();
		await sizedByItsMessages(first, await embedIn(first));
		await page.context().close();
	});
});

describe('accessibility of the embeds (axe, WCAG 2.2 AA)', () => {
	const kinds = [...new Set(phases.flatMap((p) => p.diagrams.map((d) => d.kind)))];
	const paths = [`/embed/stepper/${phases[0].id}`, ...kinds.map((k) => `/embed/${k}`), '/embed/map?title=0&source=0'];
	for (const colorScheme of ['light', 'dark'] as const) {
		it.each(paths)(`%s has no violations in ${colorScheme} mode`, async (path) => {
			const page = await openPage(path, { colorScheme });
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		});
	}
});
