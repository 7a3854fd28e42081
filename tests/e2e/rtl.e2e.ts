// The Arabic and Hebrew editions read right to left, with dir="rtl" on <html>: forward is to the left for the arrow
// keys and the on-screen arrows of the stepper and the deck, the progress strip starts at the right, no page scrolls
// sideways on a phone, and the handout prints right to left. The English edition still moves on to the right.
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, openPage } from './browser';
import { swipeDeck } from './swipe';
import { phases } from './data';

afterAll(close);

const editions = ['ar', 'he'] as const;
/** The pages of each edition the checks open; svelte.config.js prerenders them in both editions. */
const editionPages = ['', '/phase/exchange', '/timeline', '/points', '/tracker', '/present', '/present/handout'];
const exchange = phases.findIndex((p) => p.id === 'exchange');
const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const stage = { viewport: { width: 1920, height: 1080 } };

const path = (page: Page) => new URL(page.url()).pathname;
const heading = (page: Page) => page.locator('#phase-heading').innerText();
const slideOf = (page: Page) => page.locator('main .slide').getAttribute('data-slide').then(Number);

/** Waits for the stepper to show a phase: the address ends with its path, and its article is on the page. */
async function waitForPhase(page: Page, id: string) {
	await page.waitForURL((url) => url.pathname.endsWith(`/phase/${id}`));
	await page.waitForFunction((id) => document.querySelector('article.phase')?.getAttribute('data-phase') === id, id);
}

async function waitForSlide(page: Page, n: number) {
	await page.waitForFunction((n) => document.querySelector('main .slide')?.getAttribute('data-slide') === String(n), n);
	expect(new URL(page.url()).searchParams.get('slide')).toBe(String(n));
}

/**
 * Which way the arrow drawn in a control points as a reader sees it: its glyph (← or →), turned if an element it sits
 * in is mirrored by a transform.
 */
function arrowOf(control: Locator): Promise<'left' | 'right' | 'none'> {
	return control.evaluate((element) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const glyph = /[←→]/.exec(node.textContent ?? '')?.[0];
			if (!glyph) continue;
			let mirrored = false;
			for (let at = node.parentElement; at && at !== element.parentElement; at = at.parentElement) {
				const transform = getComputedStyle(at).transform;
				if (transform !== 'none' && new DOMMatrix(transform).a < 0) mirrored = !mirrored;
			}
			return (glyph === '←') !== mirrored ? 'left' : 'right';
		}
		return 'none';
	});
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

describe('the right-to-left editions', () => {
	it.each(editions)(
		'say dir="rtl" and their language on <html> on every page the checks open (%s)',
		async (edition) => {
			const page = await openPage(`/${edition}`);
			for (const pagePath of [...editionPages, '/present/notes/print']) {
				await page.goto(new URL(`/${edition}${pagePath}`, page.url()).href);
				const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
				expect(html, `/${edition}${pagePath}`).toEqual([edition, 'rtl']);
			}
			await page.context().close();
		}
	);

	it.each(editions)('step to the next phase with the left arrow and back with the right (%s)', async (edition) => {
		const page = await openPage(`/${edition}/phase/exchange`);
		await hydrated(page);
		const first = await heading(page);
		await page.keyboard.press('ArrowLeft');
		await waitForPhase(page, phases[exchange + 1].id);
		expect(await heading(page)).not.toBe(first);
		await page.keyboard.press('ArrowRight');
		await waitForPhase(page, 'exchange');
		await page.keyboard.press('ArrowRight');
		await waitForPhase(page, phases[exchange - 1].id);
		await page.context().close();
	});

	it.each(editions)(
		'show the next phase to the left of the previous, its arrow pointing left (%s)',
		async (edition) => {
			const page = await openPage(`/${edition}/phase/exchange`);
			const next = page.locator('.phase-nav a[rel="next"]');
			const previous = page.locator('.phase-nav a[rel="prev"]');
			expect((await box(next)).x + (await box(next)).width).toBeLessThanOrEqual((await box(previous)).x);
			expect(await arrowOf(next)).toBe('left');
			expect(await arrowOf(previous)).toBe('right');
			await page.context().close();
		}
	);

	it.each(editions)(
		'run the progress strip from the right edge: the first phase is the rightmost (%s)',
		async (edition) => {
			const page = await openPage(`/${edition}/phase/exchange`);
			const strip = await box(page.locator('.progress ol'));
			const items = page.locator('.progress li');
			const first = await box(items.first());
			const last = await box(items.last());
			expect(Math.abs(first.x + first.width - (strip.x + strip.width))).toBeLessThan(1);
			expect(last.x).toBeLessThan(first.x);
			await page.context().close();
		}
	);

	it.each(editions)('move the deck on with the left arrow and back with the right (%s)', async (edition) => {
		const page = await openPage(`/${edition}/present?slide=2`, stage);
		await hydrated(page);
		expect(await slideOf(page)).toBe(2);
		await page.keyboard.press('ArrowLeft');
		await waitForSlide(page, 3);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await waitForSlide(page, 1);
		await page.context().close();
	});

	it.each(editions)('show the deck’s Next to the left of Previous, its arrow pointing left (%s)', async (edition) => {
		const page = await openPage(`/${edition}/present?slide=2`, stage);
		await hydrated(page);
		// The toolbar: Previous, the slide's position, Next.
		const next = page.locator('.toolbar .position + button');
		const previous = page.locator('.toolbar button:has(+ .position)');
		expect((await box(next)).x + (await box(next)).width).toBeLessThanOrEqual((await box(previous)).x);
		expect(await arrowOf(next)).toBe('left');
		expect(await arrowOf(previous)).toBe('right');
		await next.click();
		await waitForSlide(page, 3);
		await page.context().close();
	});

	it.each(editions)('move the deck on with a swipe from left to right (%s)', async (edition) => {
		const page = await openPage(`/${edition}/present?slide=3`, { ...stage, hasTouch: true });
		await hydrated(page);
		const swipe = (fromX: number, toX: number) => swipeDeck(page, fromX, toX);
		await swipe(900, 1400);
		await waitForSlide(page, 4);
		await swipe(1400, 900);
		await waitForSlide(page, 3);
		await page.context().close();
	});

	it.each(editions)('mark the quotes, kept in English, as English read left to right (%s)', async (edition) => {
		const page = await openPage(`/${edition}/phase/exchange`);
		const quotes = await page
			.locator('.quote blockquote')
			.evaluateAll((all) =>
				all.map((q) => [q.getAttribute('lang'), q.getAttribute('dir'), getComputedStyle(q).direction])
			);
		expect(quotes.length).toBeGreaterThan(0);
		expect(new Set(quotes.map(String))).toEqual(new Set([String(['en', 'ltr', 'ltr'])]));
		await page.context().close();
	});

	it.each(editions)('leave the diagrams unmirrored: no drawing is turned over by a transform (%s)', async (edition) => {
		const page = await openPage(`/${edition}/phase/exchange`);
		const drawings = await page
			.locator('figure[data-diagram] svg')
			.evaluateAll((all) => all.map((svg) => getComputedStyle(svg).transform));
		// Their labels read right to left in the places the layout gave them (edition-diagrams.e2e.ts measures them).
		expect(drawings.length).toBeGreaterThan(0);
		expect(new Set(drawings)).toEqual(new Set(['none']));
		await page.context().close();
	});

	it.each(editions)('fit a 375 px phone without sideways scrolling (%s)', async (edition) => {
		const page = await openPage(`/${edition}`, phone);
		for (const pagePath of editionPages.filter((p) => !p.startsWith('/present'))) {
			await page.goto(new URL(`/${edition}${pagePath}`, page.url()).href);
			await hydrated(page);
			const width = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth
			}));
			expect(width.scroll, `/${edition}${pagePath}`).toBeLessThanOrEqual(width.client);
		}
		await page.context().close();
	});

	it.each(editions)(
		'print the handout right to left: each page’s heading starts at the right (%s)',
		async (edition) => {
			const page = await openPage(`/${edition}/present/handout`, { viewport: { width: 794, height: 1123 } });
			await page.emulateMedia({ media: 'print' });
			const sheet = page.locator('.handout-page').first();
			// Where the title's first line of text sits in the sheet's room (the heading's box is as wide as the room).
			const room = await sheet.evaluate((el) => {
				const style = getComputedStyle(el);
				const range = document.createRange();
				range.selectNodeContents(el.querySelector('h1')!);
				return {
					direction: style.direction,
					right: el.getBoundingClientRect().right - parseFloat(style.paddingRight),
					// A line of mixed runs (Hebrew words around "20") has a box per run: the line ends at the rightmost.
					titleRight: Math.max(...[...range.getClientRects()].map((r) => r.right))
				};
			});
			expect(room.direction).toBe('rtl');
			expect(Math.abs(room.titleRight - room.right)).toBeLessThan(2);
			await page.context().close();
		}
	);
});

describe('the English edition', () => {
	it('still steps forward with the right arrow, its next phase on the right', async () => {
		const page = await openPage('/phase/exchange');
		await hydrated(page);
		expect(await page.evaluate(() => document.documentElement.dir)).not.toBe('rtl');
		const next = page.locator('.phase-nav a[rel="next"]');
		expect((await box(next)).x).toBeGreaterThan((await box(page.locator('.phase-nav a[rel="prev"]'))).x);
		expect(await arrowOf(next)).toBe('right');
		// Its quotes are in the page's own language: no attributes to say so.
		expect(await page.locator('.quote blockquote[lang], .quote blockquote[dir]').count()).toBe(0);
		await page.keyboard.press('ArrowRight');
		await waitForPhase(page, phases[exchange + 1].id);
		expect(path(page)).toBe(`/phase/${phases[exchange + 1].id}`);
		await page.keyboard.press('ArrowLeft');
		await waitForPhase(page, 'exchange');
		await page.context().close();
	});
});
