// The deck offline: after one visit the service worker has saved the deck, its notes, its handout and the pages they
// link to, and they load and work with the network gone; a page outside the deck registers nothing; the manifest
// makes the deck installable; a new build waits for the teacher's reload.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, newContext } from './browser';
import { phases } from './data';

afterAll(close);

const glossary = JSON.parse(readFileSync(new URL('../../data/glossary.json', import.meta.url), 'utf8')) as unknown[];
/** Title; per phase its slide, its diagram, its discussion and what happened since; the glossary in slides of eight;
 * the sources. */
const slideCount = 1 + 4 * phases.length + Math.ceil(glossary.length / 8) + 1;
const stage = { viewport: { width: 1920, height: 1080 } };
/** What the saved files may weigh in all, in bytes, uncompressed: 3.2 MB when written, 4.1 MB since each deck page
 * carries the diagram slides' six stage drawings (the notes for print draw all 28 slides); the still images alone are
 * 29 MB. */
const precacheBudget = 5_000_000;
/** The same for the Arabic and Hebrew decks, whose pages weigh more: two bytes a letter in UTF-8, and our translation
 * beneath each quote. 5.31 MB for the Arabic, 5.12 MB for the Hebrew (6 December 2026, 153 files each). */
const editionPrecacheBudget = 5_500_000;

/** The bytes of a saved path, read from build/ as the static host serves it. */
function builtBytes(path: string): number {
	const file = path === '/' ? '/index.html' : path;
	for (const candidate of [file, `${file}.html`]) {
		try {
			const stat = statSync(new URL(`../../build${candidate}`, import.meta.url));
			if (stat.isFile()) return stat.size;
		} catch {
			// not this one: try the next
		}
	}
	throw new Error(`${path} is saved for offline use but not in build/`);
}

/** Opens the deck once, online, and waits for its toolbar to say it is ready offline. */
async function visitDeckOnce(): Promise<{ context: BrowserContext; deck: Page }> {
	const context = await newContext(stage);
	const deck = await context.newPage();
	await deck.goto(`${baseUrl()}/present`);
	await hydrated(deck);
	await deck.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor({ timeout: 30_000 });
	return { context, deck };
}

/** The paths in the deck's cache, in the page's own words. */
const savedPaths = (page: Page) =>
	page.evaluate(async () => {
		const names = await caches.keys();
		const paths: string[] = [];
		for (const name of names)
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		return { names, paths };
	});

/** Loads a path in a new tab of the context, and checks the service worker answered it. */
async function openOffline(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	const response = await page.goto(baseUrl() + path);
	expect(response?.status(), path).toBe(200);
	expect(response?.fromServiceWorker(), path).toBe(true);
	await hydrated(page);
	return page;
}

describe('the deck offline', () => {
	it('says "Saving for offline use…", then "Ready offline", the pages saved, not the heavy files', async () => {
		const context = await newContext(stage);
		const deck = await context.newPage();
		const signs: string[] = [];
		await deck.exposeFunction('noteSign', (text: string) => signs.push(text));
		await deck.addInitScript(() => {
			new MutationObserver(() => {
				const sign = document.querySelector('.toolbar [role="status"]');
				const note = (window as unknown as { noteSign: (text: string) => void }).noteSign;
				if (sign?.textContent) note(sign.textContent.trim());
			}).observe(document, { subtree: true, childList: true, characterData: true });
		});
		await deck.goto(`${baseUrl()}/present`);
		await hydrated(deck);
		await deck.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor({ timeout: 30_000 });
		expect(signs[0]).toBe('Saving for offline use…');
		expect(signs.at(-1)).toBe('✓ Ready offline');

		const { names, paths } = await savedPaths(deck);
		expect(names).toHaveLength(1);
		expect(names[0]).toMatch(/^offline-/);
		for (const page of ['/present', '/present/notes', '/present/handout', '/', '/sources', '/glossary', '/points'])
			expect(paths).toContain(page);
		for (const phase of phases) {
			expect(paths).toContain(`/phase/${phase.id}`);
			expect(paths).toContain(`/phase/${phase.id}/__data.json`);
		}
		expect(paths).toContain('/manifest.webmanifest');
		expect(paths.filter((p) => /^\/(images|data|oembed|embed)(\/|$)/.test(p))).toEqual([]);
		const bytes = paths.reduce((sum, path) => sum + builtBytes(path), 0);
		expect(bytes).toBeLessThan(precacheBudget);
		console.log(`Saved for offline use: ${paths.length} files, ${bytes} bytes`);
	});

	it('loads every slide, the notes, the handout, the stepper and the linked pages with the network gone', async () => {
		const { context, deck } = await visitDeckOnce();
		await deck.close();
		await context.setOffline(true);

		const slides = await openOffline(context, '/present?slide=1');
		// The network is gone for the service worker too: a file it never saved does not come.
		const unsaved = await slides.evaluate(() =>
			fetch('/oembed/stepper.json').then(
				(response) => `answered ${response.status}`,
				() => 'failed'
			)
		);
		expect(unsaved).toBe('failed');
		for (let n = 1; n <= slideCount; n++) {
			if (n > 1) {
				const response = await slides.goto(`${baseUrl()}/present?slide=${n}`);
				expect(response?.fromServiceWorker()).toBe(true);
				await hydrated(slides);
			}
			expect(await slides.locator('main .slide').getAttribute('data-slide')).toBe(String(n));
		}
		// Phase 1's slide: its title and its diagram, drawn.
		await slides.goto(`${baseUrl()}/present?slide=2`);
		await hydrated(slides);
		expect(await slides.locator('main .slide h2').first().innerText()).toBe(phases[0].title);
		expect(await slides.locator('main .slide svg').first().isVisible()).toBe(true);
		// The keys move the deck: its code came from the cache too.
		await slides.keyboard.press('PageDown');
		await slides.waitForFunction(() => document.querySelector('main .slide')?.getAttribute('data-slide') === '3');
		await slides.keyboard.press('End');
		await slides.waitForFunction(
			(n) => document.querySelector('main .slide')?.getAttribute('data-slide') === String(n),
			slideCount
		);
		// The toolbar's link to the explainer, followed in the page (its data from the cache).
		await slides.mouse.move(10, 10);
		await slides.getByRole('link', { name: 'Exit to the explainer' }).click();
		await slides.waitForURL(`${baseUrl()}/`);
		await slides.locator('h1', { hasText: 'The US 20-point plan to end the war in Gaza' }).first().waitFor();

		const notes = await openOffline(context, '/present/notes?slide=2');
		expect(await notes.getByTestId('speaker-notes').locator('h2').innerText()).toContain(phases[0].title);

		const handout = await openOffline(context, '/present/handout');
		expect(await handout.locator('.handout-page h2').allInnerTexts()).toEqual(
			expect.arrayContaining(phases.map((p) => expect.stringContaining(p.title)))
		);
		expect(await handout.locator('figure.diagram svg').count()).toBeGreaterThanOrEqual(phases.length);

		const stepper = await openOffline(context, '/');
		expect(await stepper.locator('figure svg').count()).toBeGreaterThan(0);
		await stepper.keyboard.press('ArrowRight');
		await stepper.waitForURL(`${baseUrl()}/phase/${phases[1].id}`);

		const phase = await openOffline(context, `/phase/${phases[2].id}`);
		expect(await phase.locator('h2', { hasText: phases[2].title }).count()).toBeGreaterThan(0);
		expect(await phase.locator('figure svg').first().isVisible()).toBe(true);

		for (const [path, heading] of [
			['/sources', 'Sources'],
			['/glossary', 'Glossary']
		]) {
			const page = await openOffline(context, path);
			expect(await page.locator('h1').first().innerText()).toContain(heading);
		}
	});

	it.each(['ar', 'he'])(
		"saves the %s deck with its own worker: its pages and its build's scripts, no other edition's page, no embed",
		async (edition) => {
			const ready: string = JSON.parse(readFileSync(`messages/${edition}.json`, 'utf8')).deck_offline_ready;
			const context = await newContext(stage);
			try {
				const deck = await context.newPage();
				await deck.goto(`${baseUrl()}/${edition}/present`);
				await hydrated(deck);
				await deck.getByRole('status').filter({ hasText: ready }).waitFor({ timeout: 30_000 });
				const worker = await deck.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
				expect(new URL(worker ?? '').pathname).toBe(`/service-worker-${edition}.js`);
				const { paths } = await savedPaths(deck);
				expect(paths).toContain(`/${edition}/present`);
				expect(paths).toContain(`/${edition}/phase/exchange`);
				expect(paths.some((path) => /^\/(present|phase)\b/.test(path))).toBe(false);
				// Its embeds are left out as the English deck leaves out its own.
				expect(paths.filter((path) => path.startsWith(`/${edition}/embed`))).toEqual([]);
				const bytes = paths.reduce((sum, path) => sum + builtBytes(path), 0);
				expect(bytes, `${paths.length} files`).toBeLessThanOrEqual(editionPrecacheBudget);
				// The scripts the page runs are among those saved: the worker knows its own build's files.
				const scripts = await deck.evaluate(() =>
					performance
						.getEntriesByType('resource')
						.map((entry) => new URL(entry.name).pathname)
						.filter((path) => path.startsWith('/_app/immutable/') && path.endsWith('.js'))
				);
				expect(scripts.length).toBeGreaterThan(0);
				expect(scripts.filter((path) => !paths.includes(path))).toEqual([]);
				await context.setOffline(true);
				const page = await openOffline(context, `/${edition}/phase/exchange`);
				expect(await page.locator('html').getAttribute('lang')).toBe(edition);
			} finally {
				await context.close();
			}
		}
	);

	it('leaves a reader who never opens the deck without a service worker or its cache', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/phase/exchange`);
		await hydrated(page);
		await page.waitForTimeout(1000);
		expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
		expect(await page.evaluate(() => caches.keys())).toEqual([]);
		expect(context.serviceWorkers()).toEqual([]);
		expect(await page.locator('link[rel="manifest"]').count()).toBe(0);
	});

	it('shows a new build as "A new version is ready: reload", and reloads into it only on the click', async () => {
		const { deck } = await visitDeckOnce();
		const before = (await savedPaths(deck)).names;
		// A new build published: the worker the test server serves (build/'s) under the next version, as a rebuild gives
		// it. Put back whatever happens.
		const served = new URL('../../build/service-worker.js', import.meta.url);
		const published = readFileSync(served, 'utf8');
		const next = published.replace(/`(\d{13})`/, (_, version) => `\`${Number(version) + 1}\``);
		expect(next).not.toBe(published);
		try {
			writeFileSync(served, next);
			await deck.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			const reload = deck.getByRole('button', { name: 'A new version is ready: reload' });
			await reload.waitFor({ timeout: 30_000 });
			// Nothing swapped under the teacher: the new version waits, saved beside the one that serves the page.
			await deck.waitForTimeout(500);
			expect(await deck.locator('main .slide').getAttribute('data-slide')).toBe('1');
			expect((await savedPaths(deck)).names).toContain(before[0]);
			const reloaded = deck.waitForEvent('load');
			await deck.mouse.move(200, 200); // the controls, slid away while the mouse is still, come back
			await reload.click();
			await reloaded;
			await hydrated(deck);
			await deck.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor({ timeout: 30_000 });
			const after = (await savedPaths(deck)).names;
			expect(after).toHaveLength(1);
			expect(after[0]).not.toBe(before[0]);
		} finally {
			writeFileSync(served, published);
		}
	});
});

describe('the manifest', () => {
	/** A PNG's width and height, from its header. */
	const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

	it('names the deck, starts at /present full screen, and has PNG icons of the sizes it states', async () => {
		const response = await fetch(`${baseUrl()}/manifest.webmanifest`);
		expect(response.status).toBe(200);
		const manifest = await response.json();
		expect(manifest).toMatchObject({
			name: 'The Gaza peace plan, step by step',
			short_name: 'Gaza plan',
			start_url: '/present',
			scope: '/',
			display: 'fullscreen',
			theme_color: '#1d4f91',
			background_color: '#ffffff'
		});
		const sizes: string[] = [];
		for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
			const file = await fetch(new URL(icon.src, baseUrl() + '/'));
			expect(file.status).toBe(200);
			const bytes = Buffer.from(await file.arrayBuffer());
			expect(bytes.subarray(1, 4).toString()).toBe('PNG');
			const { width, height } = pngSize(bytes);
			expect(`${width}x${height}`).toBe(icon.sizes);
			expect(icon.type).toBe('image/png');
			sizes.push(icon.sizes);
		}
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	});

	it('makes the deck installable by Chromium’s own criteria, and no page of the explainer', async () => {
		// A profile of its own: Chromium installs nothing from an incognito context, which every other test uses.
		const profile = mkdtempSync(join(tmpdir(), 'install-'));
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
		});
		try {
			const page = await context.newPage();
			await page.goto(`${baseUrl()}/present`);
			await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor({ timeout: 30_000 });
			const cdp = await context.newCDPSession(page);
			const errors = async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors;
			expect(await errors()).toEqual([]);
			await page.goto(`${baseUrl()}/phase/exchange`);
			expect((await errors()).map((e) => e.errorId)).toEqual(['no-manifest']);
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});

	it('is linked from the deck, the notes and the handout, and from no page of the explainer', async () => {
		const context = await newContext();
		const page = await context.newPage();
		for (const path of ['/present', '/present/notes', '/present/handout', '/', '/phase/exchange', '/sources']) {
			await page.goto(baseUrl() + path);
			const links = await page
				.locator('link[rel="manifest"]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
			expect(links, path).toEqual(path.startsWith('/present') ? ['/manifest.webmanifest'] : []);
		}
	});
});
