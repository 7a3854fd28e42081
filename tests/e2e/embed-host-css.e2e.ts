// The snippets as pasted into a host page whose stylesheet sets `html, body, iframe { height: 100% }`: the plain
// iframe stays as tall as its content at two widths, and the embed measures its content whatever height the parent
// gives it. The pym.js and @newswire/frames containers, with their real scripts: what that rule does to them, that
// they size on a page as tall as the window, and that a reader without JavaScript sees the still image once.
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embedSnippet, type SnippetForm } from '../../src/lib/embed/snippet';
import { stillImage } from '../../src/lib/embed/still';
import { baseUrl, newContext } from './browser';
import { phases } from './data';
import { fullHeightCss, type ParentKind, articlePagesForFile } from './parent-pages';

const parents = articlePagesForFile();

const mapPhase = phases.find((p) => p.diagrams.some((d) => d.kind === 'map'))!.id;
const path = `/embed/map/${mapPhase}`;
const title = 'The withdrawal lines on the map';
const snippet = (form: SnippetForm, height?: number) =>
	embedSnippet(form, {
		src: baseUrl() + path,
		title,
		height,
		still: stillImage(baseUrl(), 'map', mapPhase, { alt: title })
	});

async function openHost(
	snippets: string[],
	width: number,
	{
		css = '',
		scripts = [],
		javaScriptEnabled = true
	}: { css?: string; scripts?: ParentKind[]; javaScriptEnabled?: boolean } = {}
) {
	const context = await newContext({ viewport: { width, height: 600 }, javaScriptEnabled });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(parents.snippetsUrl(snippets, { css, scripts }));
	return { page, errors };
}

/** The nth iframe on the page and the embed document in it, once loaded. */
async function nthFrame(page: Page, n: number): Promise<{ iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
	await page.waitForFunction((count) => document.querySelectorAll('iframe').length >= count, n + 1);
	const iframe = (await page.$$('iframe'))[n] as ElementHandle<HTMLIFrameElement>;
	const frame = (await iframe.contentFrame())!;
	await frame.waitForLoadState('load');
	await frame.evaluate(() => document.fonts.ready.then(() => undefined));
	return { iframe, frame };
}

const renderedHeight = (iframe: ElementHandle<HTMLIFrameElement>) =>
	iframe.evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
/** The last height the embed told the parent, in the frames/AMP format. */
const lastReported = (page: Page) =>
	page.evaluate(() => {
		const sizes = (window as unknown as { received: { type?: string; height?: number }[] }).received.filter(
			(m) => m && m.type === 'embed-size'
		);
		return sizes.at(-1)?.height;
	});

describe('on a host page that sets html, body and iframe { height: 100% }', () => {
	it.each([375, 1000])('keeps the plain iframe as tall as its content at %i px', async (width) => {
		// First the content's height at this column's width, as the dialog's preview measures it, in an iframe far
		// taller on purpose: the embed's own measure must not follow the iframe's (the pym.js and frames tests below
		// see it in one far shorter).
		const first = await openHost([snippet('iframe', 2000)], width, { css: fullHeightCss });
		const probe = await nthFrame(first.page, 0);
		expect(await renderedHeight(probe.iframe)).toBe(2000);
		const content = await contentHeight(probe.frame);
		expect(content).toBeGreaterThan(300);
		expect(content).toBeLessThan(1800);
		await expect.poll(() => lastReported(first.page)).toBe(Math.ceil(content));
		await first.page.context().close();

		// The code pasted with that height, beside the same iframe without its inline style, as it was given before.
		const pasted = snippet('iframe', content);
		const unstyled = pasted.replace(/ style="[^"]*"/, '');
		const { page, errors } = await openHost([pasted, unstyled], width, { css: fullHeightCss });
		const { iframe, frame } = await nthFrame(page, 0);
		const height = await renderedHeight(iframe);
		expect(Math.abs(height - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
		expect(Math.abs(height - content)).toBeLessThanOrEqual(2);
		// The host's rule does take hold of an iframe sized by its attribute alone: 100% of the body here.
		const bare = await nthFrame(page, 1);
		expect(Math.abs((await renderedHeight(bare.iframe)) - content)).toBeGreaterThan(50);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it.each(['pym', 'frames'] as const)(
		'leaves the %s container’s iframe at the browser’s 150 px: the script sets only the height attribute',
		async (kind) => {
			const { page, errors } = await openHost([snippet(kind)], 1000, { css: fullHeightCss, scripts: [kind] });
			const { iframe, frame } = await nthFrame(page, 0);
			const content = await contentHeight(frame);
			// The embed asks for its full height, the script sets the attribute, the host's rule wins over it.
			await expect.poll(() => lastReported(page)).toBe(Math.ceil(content));
			await expect.poll(() => iframe.getAttribute('height')).toMatch(new RegExp(`^${Math.ceil(content)}(px)?$`));
			expect(await renderedHeight(iframe)).toBe(150);
			expect(errors).toEqual([]);
			await page.context().close();
		}
	);
});

describe.each(['pym', 'frames'] as const)('the %s container', (kind) => {
	it('sizes its iframe on a page as tall as the window (html, body { height: 100% }), no image shown', async () => {
		const { page, errors } = await openHost([snippet(kind)], 1000, { css: 'html,body{height:100%}', scripts: [kind] });
		const { iframe, frame } = await nthFrame(page, 0);
		await expect
			.poll(async () => Math.abs((await renderedHeight(iframe)) - (await contentHeight(frame))), { timeout: 10_000 })
			.toBeLessThanOrEqual(4);
		expect(await renderedHeight(iframe)).toBeGreaterThan(300);
		expect(await page.locator('iframe').count()).toBe(1);
		// Scripts run here: pym removed the noscript, frames left it, inert; no image either way.
		expect(await page.locator('img').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('shows the linked still image once, and no iframe, to a reader without JavaScript', async () => {
		const { page } = await openHost([snippet(kind)], 1000, { scripts: [kind], javaScriptEnabled: false });
		expect(await page.locator('iframe').count()).toBe(0);
		const link = page.locator('a:has(img)');
		expect(await link.count()).toBe(1);
		expect(await link.getAttribute('href')).toBe(`${baseUrl()}/phase/${mapPhase}`);
		const img = link.locator('img');
		expect(await img.getAttribute('src')).toBe(`${baseUrl()}/images/map/${mapPhase}/plan-light.png`);
		expect(await img.getAttribute('alt')).toBe(title);
		expect(await img.isVisible()).toBe(true);
		await page.context().close();
	});
});

describe('the AMP form', () => {
	it('runs in the sandbox it asks of amp-iframe and gives the parent its height as embed-size', async () => {
		// No AMP runtime here: an iframe with the amp-iframe's src and sandbox, as amp-iframe makes it.
		const amp = snippet('amp', 700);
		const attribute = (name: string) => amp.match(new RegExp(` ${name}="([^"]*)"`))![1].replace(/&amp;/g, '&');
		const iframe =
			`<iframe src="${attribute('src')}" sandbox="${attribute('sandbox')}" ` + `width="100%" height="700"></iframe>`;
		const { page, errors } = await openHost([iframe], 1000);
		const { frame } = await nthFrame(page, 0);
		const content = await contentHeight(frame);
		await expect.poll(() => lastReported(page)).toBe(Math.ceil(content));
		const sizes = await page.evaluate(() =>
			(window as unknown as { received: { sentinel?: string; type?: string }[] }).received.filter(
				(m) => m && m.type === 'embed-size'
			)
		);
		expect(sizes.every((m) => m.sentinel === 'amp')).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
