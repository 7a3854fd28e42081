// The editions' fonts in a real browser: a page in English downloads no font file; an Arabic or Hebrew page
// downloads its own script's face and not the other's, from our own origin, and draws its text, the diagrams' labels
// included, in that face; after one visit to the deck, an edition's page has its face with the network gone.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, newContext } from './browser';

afterAll(close);

/** Each edition's face, the letters it is for, and the name its file is built under. */
const editions = [
	{
		lang: 'ar',
		family: 'Noto Sans Arabic',
		letters: '[\\u0600-\\u06FF]',
		file: /noto-sans-arabic\.[\w-]+\.woff2$/,
		sample: 'غزة'
	},
	{
		lang: 'he',
		family: 'Noto Sans Hebrew',
		letters: '[\\u0590-\\u05FF]',
		file: /noto-sans-hebrew-hebrew/,
		sample: 'עזה'
	}
];

/** Opens a path, noting the URL of every font file the page asks for; returns once it is loaded and hydrated. */
async function openNotingFonts(path: string, viewport = { width: 375, height: 812 }) {
	const context = await newContext({ viewport });
	const page = await context.newPage();
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') fonts.push(request.url());
	});
	await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
	await hydrated(page);
	await page.evaluate(() => document.fonts.ready);
	return { context, page, fonts };
}

/**
 * The faces Chromium really drew an element's own text with (DevTools' "Rendered fonts"), for the first element the
 * selector matches whose own text has the edition's letters.
 */
async function renderedFaces(page: Page, selector: string, letters: string) {
	const found = await page.evaluate(
		({ selector, letters }) => {
			const script = new RegExp(letters);
			const element = [...document.querySelectorAll(selector)].find((e) =>
				[...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && script.test(n.textContent ?? ''))
			);
			element?.setAttribute('data-font-probe', '');
			return element?.textContent ?? null;
		},
		{ selector, letters }
	);
	expect(found, `an element ${selector} with the edition's letters`).not.toBeNull();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	await cdp.detach();
	return fonts;
}

describe('fonts', () => {
	it.each(['/', '/phase/exchange', '/present', '/embed/map/exchange'])(
		'%s, in English, downloads no font file',
		async (path) => {
			const { fonts } = await openNotingFonts(path);
			expect(fonts).toEqual([]);
		}
	);

	for (const edition of editions) {
		const other = editions.find((e) => e !== edition)!;
		it.each([`/${edition.lang}`, `/${edition.lang}/phase/yellow-line`])(
			`%s downloads the ${edition.family} face alone, from our origin, and draws its text and labels in it`,
			async (path) => {
				const { page, fonts } = await openNotingFonts(path);
				expect(fonts).toHaveLength(1);
				expect(new URL(fonts[0]).origin).toBe(new URL(baseUrl()).origin);
				expect(fonts[0]).toMatch(edition.file);
				expect(fonts[0]).not.toMatch(other.file);
				expect(fonts[0]).toMatch(/\.woff2$/);

				expect(await page.evaluate(() => document.documentElement.lang)).toBe(edition.lang);
				const face = `16px "${edition.family} Variable"`;
				expect(
					await page.evaluate(([face, sample]) => document.fonts.check(face, sample), [face, edition.sample])
				).toBe(true);
				// The page's text and a diagram's label: each drawn in the face, not in a system face that also has the
				// script (DejaVu Sans here, Segoe UI on Windows).
				for (const selector of ['main p, main h2, main h3, main li', 'main svg text, main svg tspan']) {
					const drawn = await renderedFaces(page, selector, edition.letters);
					const custom = drawn.filter((f) => f.isCustomFont);
					// The variable file names itself by its default instance: "Noto Sans Hebrew Thin", say.
					expect(custom, selector).toHaveLength(1);
					expect(custom[0].familyName, selector).toMatch(new RegExp(`^${edition.family}\\b`));
					const glyphs = (f: { glyphCount: number }) => f.glyphCount;
					expect(Math.max(...drawn.map(glyphs)), selector).toBe(glyphs(custom[0]));
				}
			}
		);
	}

	// A deck saves its own edition's pages (src/lib/offline/precache.ts) and the app's files, the faces among them.
	for (const edition of editions)
		it(`/${edition.lang}/present keeps the ${edition.family} face offline, from the deck’s cache`, async () => {
			const context = await newContext({ viewport: { width: 1920, height: 1080 } });
			const deck = await context.newPage();
			await deck.goto(`${baseUrl()}/${edition.lang}/present`);
			await hydrated(deck);
			await deck.locator('.toolbar [role="status"]').filter({ hasText: '✓' }).waitFor({ timeout: 30_000 });
			await deck.close();
			await context.setOffline(true);
			const page = await context.newPage();
			const fromCache: string[] = [];
			page.on('response', (response) => {
				if (response.request().resourceType() === 'font' && response.fromServiceWorker())
					fromCache.push(response.url());
			});
			const response = await page.goto(`${baseUrl()}/${edition.lang}/phase/exchange`);
			expect(response?.fromServiceWorker()).toBe(true);
			await hydrated(page);
			await page.evaluate(() => document.fonts.ready);
			expect(fromCache).toHaveLength(1);
			expect(fromCache[0]).toMatch(edition.file);
			const drawn = await renderedFaces(page, 'main svg text, main svg tspan', edition.letters);
			expect(drawn.filter((f) => f.isCustomFont).map((f) => f.familyName.startsWith(edition.family))).toEqual([true]);
		});
});
