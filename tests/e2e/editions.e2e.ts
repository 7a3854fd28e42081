// The three editions as a reader, a search engine and a browser meet them: every page of the English edition is also
// built under /ar/ and /he/, each with its language and direction on <html>, alternates to the others, and a language
// switch that keeps the reader's place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, openPage } from './browser';
import { build, builtPages, headOf, origin, pathOfPage } from './built-pages';

afterAll(close);

const editions = [
	{ locale: 'ar', dir: 'rtl' },
	{ locale: 'he', dir: 'rtl' }
] as const;
const isEdition = (file: string) =>
	editions.some(({ locale }) => file === `${locale}.html` || file.startsWith(`${locale}/`));
const englishPages = builtPages.filter((file) => !isEdition(file));
/** "phase/exchange.html" in an edition: "ar/phase/exchange.html"; the home page is "ar.html". */
const inEdition = (locale: string, file: string) => (file === 'index.html' ? `${locale}.html` : `${locale}/${file}`);
const htmlTag = (file: string) => /<html[^>]*>/.exec(readFileSync(join(build, file), 'utf8'))?.[0] ?? '';

describe('every page in three editions', () => {
	it('builds the English pages (the test below reads them)', () => {
		expect(englishPages.length).toBeGreaterThan(40);
	});

	it('builds every English page in Arabic and Hebrew, and no edition page without its English', () => {
		for (const { locale } of editions) {
			const missing = englishPages.filter((file) => !builtPages.includes(inEdition(locale, file)));
			expect(missing, `${locale}: pages missing`).toEqual([]);
			const extra = builtPages.filter(
				(file) => isEdition(file) && file.startsWith(locale) && !englishPages.some((e) => inEdition(locale, e) === file)
			);
			expect(extra, `${locale}: pages with no English`).toEqual([]);
		}
	});

	it("sets each page's language and direction on <html>", () => {
		for (const file of englishPages) {
			expect(htmlTag(file), file).toContain('lang="en" dir="ltr"');
			for (const { locale, dir } of editions)
				expect(htmlTag(inEdition(locale, file)), inEdition(locale, file)).toContain(`lang="${locale}" dir="${dir}"`);
		}
	});

	it('links every page to itself in the other editions, and its canonical address is its own edition', () => {
		for (const file of englishPages.filter((f) => headOf(f).meta['og:url'])) {
			const path = pathOfPage(file);
			const expected = {
				en: `${origin}${path}`,
				ar: `${origin}/ar${path === '/' ? '' : path}`,
				he: `${origin}/he${path === '/' ? '' : path}`,
				'x-default': `${origin}${path}`
			};
			for (const page of [file, ...editions.map(({ locale }) => inEdition(locale, file))]) {
				const alternates = Object.fromEntries(
					headOf(page)
						.links.filter((l) => l.rel === 'alternate' && l.hreflang !== null)
						.map((l) => [l.hreflang, l.href])
				);
				expect(alternates, page).toEqual(expected);
			}
			for (const { locale } of editions)
				expect(headOf(inEdition(locale, file)).meta['og:url'], inEdition(locale, file)).toBe(expected[locale]);
		}
	});
});

describe('the language switch', () => {
	it('takes a reader to the same phase in another edition, and names each language in itself', async () => {
		const page = await openPage('/ar/phase/exchange');
		await hydrated(page);
		const switcher = page.locator('nav.languages');
		await expect(switcher.locator('a').allTextContents()).resolves.toEqual(['English', 'العربية', 'עברית']);
		await expect(switcher.locator('a[aria-current="true"]').getAttribute('lang')).resolves.toBe('ar');
		await switcher.locator('a[hreflang="he"]').click();
		await page.waitForURL(`${baseUrl()}/he/phase/exchange`);
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
		await page.locator('nav.languages a[hreflang="en"]').click();
		await page.waitForURL(`${baseUrl()}/phase/exchange`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
	});

	it("keeps the timeline's filter, which the page writes into the address bar itself", async () => {
		const page = await openPage('/timeline');
		await hydrated(page);
		await page.locator('select[name="phase"]').selectOption('exchange');
		await page.waitForURL(`${baseUrl()}/timeline?phase=exchange`);
		await page.locator('nav.languages a[hreflang="ar"]').click();
		await page.waitForURL(`${baseUrl()}/ar/timeline?phase=exchange`);
	});
});
