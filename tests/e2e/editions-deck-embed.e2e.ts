// The deck's and the embeds' interface in the Arabic and Hebrew editions: no English string of their part of the
// message catalogue (messages/en.json's deck_ and embed_ messages) shows on a page of either edition, in its text, its
// title or its labels, before and after it hydrates, nor in the overview and the Embed dialog that scripts draw.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, openPage } from './browser';

afterAll(close);

type Stored = string | { match: Record<string, string> }[];
const english: Record<string, Stored> = JSON.parse(readFileSync('messages/en.json', 'utf8'));

/** The deck's and the embeds' code: what the catalogue's deck_ and embed_ messages are written for. */
const ours = [
	'src/lib/present',
	'src/lib/embed',
	'src/lib/images',
	'src/lib/offline',
	'src/routes/present',
	'src/routes/embed'
];

/** The text of every file under a folder but ours (and the compiled messages), and of the English content. */
const filesOf = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (ours.includes(path) || path === 'src/lib/paraglide' || path === 'data/translations') return [];
		return entry.isDirectory() ? filesOf(path) : [readFileSync(path, 'utf8')];
	});
const elsewhere = [...filesOf('src'), ...filesOf('data')].join('\n');

/**
 * The English words to look for: each deck_ and embed_ message's text between its {parameters}, in every plural
 * variant, wherever that text runs to two words or more (one word, "Close", could be anyone's), and leaving out what
 * the rest of the interface or the content also writes ("The plan", "Starts when"): those are translated there, and
 * the pages here show them too (a stepper embed draws the stepper's own header).
 */
const englishPhrases = [
	...new Set(
		Object.entries(english)
			.filter(([key]) => key.startsWith('deck_') || key.startsWith('embed_'))
			.flatMap(([, message]) =>
				typeof message === 'string' ? [message] : message.flatMap((m) => Object.values(m.match))
			)
			.flatMap((pattern) => pattern.split(/\{[^{}]*\}/))
			.map((piece) => piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
			.filter((piece) => piece.split(/\s+/).length >= 2 && !elsewhere.includes(piece))
	)
];

/** What a reader sees and hears of the page now: its title, its visible text, and its labels and tooltips. */
const readable = (page: Page) =>
	page.evaluate(() =>
		[
			document.title,
			document.body.innerText,
			...[...document.querySelectorAll('[aria-label], [title]')].flatMap((e) => [
				e.getAttribute('aria-label') ?? '',
				e.getAttribute('title') ?? ''
			])
		].join('\n')
	);

const englishIn = (text: string) => englishPhrases.filter((phrase) => text.includes(phrase));

describe.each(['ar', 'he'])('the %s edition', (edition) => {
	it('shows no English of the deck on its slides, toolbar and overview', async () => {
		const page = await openPage(`/${edition}/present?slide=5`);
		expect(englishIn(await readable(page))).toEqual([]);
		await hydrated(page);
		expect(await page.locator('html').getAttribute('lang')).toBe(edition);
		expect(englishIn(await readable(page))).toEqual([]);
		await page.keyboard.press('o');
		await page.locator('dialog.overview[open]').waitFor();
		expect(englishIn(await readable(page))).toEqual([]);
		// Its links keep the reader in the edition.
		const hrefs = await page.locator('nav.toolbar a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs[0]).toMatch(new RegExp(`^/${edition}/?$`));
		expect(hrefs[1]).toBe(`/${edition}/present/handout`);
		await page.context().close();
	});

	it.each(['/present/notes?slide=6', '/present/handout', '/present/notes/print'])(
		'shows no English of the deck on %s',
		async (path) => {
			const page = await openPage(`/${edition}${path}`);
			await hydrated(page);
			expect(englishIn(await readable(page))).toEqual([]);
			await page.context().close();
		}
	);

	it.each(['/embed/map/yellow-line', '/embed/stepper/exchange', '/embed/timeline'])(
		'shows no English of the embeds on %s',
		async (path) => {
			const page = await openPage(`/${edition}${path}`);
			await page.waitForLoadState('load');
			expect(englishIn(await readable(page))).toEqual([]);
			await page.context().close();
		}
	);

	it('shows none in the embeds gallery and its Embed dialog, whose code is the edition’s embed', async () => {
		const page = await openPage(`/${edition}/embed`);
		await hydrated(page);
		expect(englishIn(await readable(page))).toEqual([]);
		await page.locator('.embed-button button').first().click();
		const dialog = page.locator('dialog[open]');
		await dialog.waitFor();
		expect(englishIn(await readable(page))).toEqual([]);
		expect(await dialog.locator('textarea').inputValue()).toContain(`/${edition}/embed/stepper/`);
		await page.context().close();
	});
});

describe('the English phrases looked for', () => {
	it('include the deck’s and the embeds’ own', () => {
		expect(englishPhrases.length).toBeGreaterThan(100);
		expect(englishPhrases).toEqual(
			expect.arrayContaining(['Exit to the explainer', 'Print this handout', 'Copy code', 'more sources'])
		);
	});
});
