// Embeds in news articles: real pym.js and @newswire/frames parents on another origin size the iframes to the
// content, follow phase changes both ways, and survive bad options and hostile messages.
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newContext, openPage } from './browser';
import { phases } from './data';
import { type ParentKind, articlePagesForFile } from './parent-pages';

const parents = articlePagesForFile();

const firstWith = (kind: string) => phases.find((p) => p.diagrams.some((d) => d.kind === kind))!;
const diagramEmbeds = ['map', 'exchange', 'sequence', 'figures'].map((kind) => `/embed/${kind}/${firstWith(kind).id}`);
const views = [`/embed/stepper/${phases[1].id}`, ...diagramEmbeds];

interface Article {
	page: Page;
	errors: string[];
	/** Every request the embeds made. */
	embedRequests: string[];
}

async function openArticle(
	kind: ParentKind,
	paths: string[],
	viewport = { width: 1000, height: 900 }
): Promise<Article> {
	const context = await newContext({ viewport });
	const page = await context.newPage();
	const errors: string[] = [];
	const embedRequests: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		if (request.frame() !== page.mainFrame()) embedRequests.push(request.url());
	});
	await page.goto(
		parents.url(
			kind,
			paths.map((p) => baseUrl() + p)
		)
	);
	return { page, errors, embedRequests };
}

/** The iframe the parent script made for an embed path, and the embed document inside it. */
async function embedFrame(
	page: Page,
	path: string
): Promise<{ iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
	const iframe = (await page.waitForSelector(`iframe[src^="${baseUrl()}${path}"]`)) as ElementHandle<HTMLIFrameElement>;
	const frame = (await iframe.contentFrame())!;
	await frame.waitForLoadState('load');
	return { iframe, frame };
}

const iframeHeight = (iframe: ElementHandle<HTMLIFrameElement>) =>
	iframe.evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** Waits until the parent has sized the iframe to the embed's content, within 4 px, and returns that height. */
async function expectSized(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame): Promise<number> {
	await expect
		.poll(async () => Math.abs((await iframeHeight(iframe)) - (await contentHeight(frame))), {
			timeout: 10_000,
			interval: 100
		})
		.toBeLessThanOrEqual(4);
	const height = await iframeHeight(iframe);
	expect(height).toBeGreaterThan(200); // sized to the content, not left at the browser's 150 px
	return height;
}

function expectOnlyEmbedOrigin(requests: string[]) {
	const origin = new URL(baseUrl()).origin;
	expect(requests.length).toBeGreaterThan(0);
	expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
}

describe.each(['pym', 'frames'] as const)('in an article with the %s parent script', (kind) => {
	it('sizes every embedded view to its content, and the embeds ask nothing of any other origin', async () => {
		const { page, errors, embedRequests } = await openArticle(kind, views);
		for (const path of views) {
			const { iframe, frame } = await embedFrame(page, path);
			await expectSized(iframe, frame);
			expect(await frame.locator('.source-line a').getAttribute('target')).toBe('_blank');
		}
		if (kind === 'pym') {
			// pym's own protocol: the child echoes the childId the parent put in the iframe's URL
			const received: unknown[] = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
			expect(received.some((m) => typeof m === 'string' && /^pymxPYMx.+xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
		}
		expectOnlyEmbedOrigin(embedRequests);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('follows the stepper from phase to phase, growing and shrinking, and keeps its options', async () => {
		const start = `/embed/stepper/${phases[0].id}?theme=dark`;
		const { page, errors, embedRequests } = await openArticle(kind, [start]);
		const { iframe, frame } = await embedFrame(page, `/embed/stepper/${phases[0].id}`);
		const heights = [await expectSized(iframe, frame)];
		const walk = [...phases.keys()].slice(1).concat([...phases.keys()].reverse().slice(1));
		let current = 0;
		for (const i of walk) {
			await frame.locator(i > current ? 'a[rel="next"]' : 'a[rel="prev"]').click();
			current = i;
			await frame.waitForURL(new RegExp(`/embed/stepper/${phases[i].id}\\?`));
			expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			heights.push(await expectSized(iframe, frame));
		}
		const steps = heights.slice(1).map((h, i) => h - heights[i]);
		expect(steps.some((d) => d > 4)).toBe(true); // grew
		expect(steps.some((d) => d < -4)).toBe(true); // shrank
		expectOnlyEmbedOrigin(embedRequests);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('grows and shrinks with the content inside one page, and follows the column when the window narrows', async () => {
		const path = `/embed/map/${firstWith('map').id}`;
		const { page, errors } = await openArticle(kind, [path]);
		const { iframe, frame } = await embedFrame(page, path);
		const closed = await expectSized(iframe, frame);
		await frame.locator('details.text-alternative summary').click();
		const open = await expectSized(iframe, frame);
		expect(open).toBeGreaterThan(closed + 20);
		await frame.locator('details.text-alternative summary').click();
		expect(Math.abs((await expectSized(iframe, frame)) - closed)).toBeLessThanOrEqual(4);
		await page.setViewportSize({ width: 360, height: 800 }); // pym sends the new width; the content reflows
		const narrow = await expectSized(iframe, frame);
		expect(narrow).not.toBe(closed);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('options in the URL', () => {
	it('applies theme, title and source', async () => {
		const page = await openPage(`/embed/map/${firstWith('map').id}?theme=dark&title=0&source=0`, {
			colorScheme: 'light'
		});
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 21, 21)');
		const title = await page.locator('.embed-title').boundingBox();
		expect(title!.width).toBeLessThanOrEqual(1); // out of sight, still read by screen readers
		expect(await page.locator('.embed-title').textContent()).toMatch(/Phase \d of \d/);
		expect(await page.locator('.source-line').isVisible()).toBe(false);
		await page.context().close();
	});

	it('shows the title and source line by default, and follows the system theme', async () => {
		const page = await openPage(`/embed/map/${firstWith('map').id}`, { colorScheme: 'dark' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 21, 21)');
		expect(await page.locator('.embed-title').isVisible()).toBe(true);
		// what a sighted reader sees; screen readers also hear that the link opens a new tab
		const visible = (await page.locator('.source-line').innerText()).replace(/\s*\(opens in a new tab\)\s*/, ' ');
		expect(visible).toBe('Source: The Gaza peace plan, step by step · quotes from four articles, Oct 2025');
		expect(await page.locator('.source-line a').getAttribute('href')).toBe(`/phase/${firstWith('map').id}`);
		await page.context().close();
	});

	it('falls back to the defaults for malformed options, and the page keeps working', async () => {
		const path = `/embed/map/${firstWith('map').id}`;
		const bad = `${path}?theme=<script>&title=maybe&phase=nope&source=%E0%A4%A&childId="><b>`;
		const page = await openPage(bad);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		expect(new URL(page.url()).pathname).toBe(path); // no redirect to a phase that does not exist
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
		expect(
			await page.evaluate(() => [
				document.documentElement.dataset.embedTitle,
				document.documentElement.dataset.embedSource
			])
		).toEqual(['1', '1']);
		expect(await page.locator('figure[data-diagram="map"] svg[data-view="plan"]').count()).toBe(1);
		expect(await page.locator('.embed-title').isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('opens the phase named in ?phase= where the view has it, keeping the other options', async () => {
		const maps = phases.filter((p) => p.diagrams.some((d) => d.kind === 'map'));
		const page = await openPage(`/embed/map?phase=${maps[1].id}&theme=dark`);
		await page.waitForURL(`**/embed/map/${maps[1].id}?theme=dark`);
		expect(await page.locator('meta[name="embed-view"]').getAttribute('data-phase')).toBe(maps[1].id);
		const without = phases.find((p) => !p.diagrams.some((d) => d.kind === 'map'))!;
		await page.goto(`${baseUrl()}/embed/map?phase=${without.id}`);
		await page.waitForTimeout(300);
		expect(new URL(page.url()).pathname).toBe('/embed/map'); // that phase has no map: the default stays
		expect(await page.locator('meta[name="embed-view"]').getAttribute('data-phase')).toBe(maps[0].id);
		await page.context().close();
	});

	it('keeps the options and pym’s id on the stepper’s links, and steps with the arrow keys', async () => {
		const page = await openPage(`/embed/stepper/${phases[2].id}?theme=light&source=0&childId=pym-7`);
		const query = '?theme=light&source=0&childId=pym-7';
		expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(`/embed/stepper/${phases[3].id}${query}`);
		expect(await page.locator('.progress a').first().getAttribute('href')).toBe(
			`/embed/stepper/${phases[0].id}${query}`
		);
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(`**/embed/stepper/${phases[3].id}${query}`);
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(`**/embed/stepper/${phases[2].id}${query}`);
		await page.context().close();
	});

	it('reads without JavaScript: the diagram, its text alternative and the source line are in the HTML', async () => {
		for (const path of views) {
			const page = await openPage(path, { javaScriptEnabled: false });
			expect(await page.locator('figure[data-diagram] svg').count()).toBeGreaterThan(0);
			expect(await page.locator('.source-line a').getAttribute('href')).toMatch(/^\/phase\//);
			expect(await page.locator('script[src]').count()).toBe(1); // the one small same-origin script
			await page.context().close();
		}
	});
});

describe('messages from the parent', () => {
	it('ignores hostile and unexpected data, and keeps answering the parent', async () => {
		const path = `/embed/exchange/${firstWith('exchange').id}`;
		const { page, errors, embedRequests } = await openArticle('frames', [path]);
		const { iframe, frame } = await embedFrame(page, path);
		const height = await expectSized(iframe, frame);
		await page.evaluate(() => {
			const target = document.querySelector('iframe')!.contentWindow!;
			let deep: Record<string, unknown> = {};
			for (let i = 0; i < 500; i++) deep = { sentinel: 'amp', type: 'frames-init', next: deep };
			const hostile: unknown[] = [
				'hello',
				'',
				'x'.repeat(100_000),
				'pymxPYMxanyonexPYMxwidthxPYMx320',
				'pymxPYMxanyonexPYMxwidthxPYMx99999999999',
				'pymxPYMxxPYMxheightxPYMx1',
				null,
				undefined,
				0,
				-1,
				Number.MAX_VALUE,
				Infinity,
				NaN,
				true,
				[],
				['amp', 'frames-init'],
				{},
				{ sentinel: 'amp' },
				{ sentinel: 'amp', type: 'embed-size', height: 1e308 },
				{ sentinel: 'amp', type: 'embed-size', height: -50 },
				{ sentinel: 'AMP', type: 'frames-init' },
				{ sentinel: ['amp'], type: ['frames-init'] },
				{ type: 'frames-init' },
				JSON.parse('{"__proto__":{"sentinel":"amp","type":"frames-init"}}'),
				new Date(),
				new Uint8Array(1024),
				new Map([['sentinel', 'amp']]),
				deep
			];
			(window as unknown as { received: unknown[] }).received.length = 0;
			for (const data of hostile) target.postMessage(data, '*');
		});
		await page.waitForTimeout(300);
		expect(Math.abs((await iframeHeight(iframe)) - height)).toBeLessThanOrEqual(4); // nothing moved
		// (the page holds both views, the plan and what happened: its script shows one)
		expect(await frame.locator('figure[data-diagram="exchange"] .view-plan svg').count()).toBe(1);
		// it still answers a real hello with its height, and still reports a change
		await page.evaluate(() =>
			document.querySelector('iframe')!.contentWindow!.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*')
		);
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						(window as unknown as { received: { type?: string }[] }).received.filter((m) => m?.type === 'embed-size')
							.length
				)
			)
			.toBeGreaterThan(0);
		await frame.locator('details.text-alternative summary').click();
		expect(await expectSized(iframe, frame)).toBeGreaterThan(height + 20);
		expectOnlyEmbedOrigin(embedRequests);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
