// The strict Content Security Policy in a real browser: every page, every embed and the deck run under it with
// JavaScript on, and nothing is refused, while a reader steps through phases and an editor opens the Embed dialog.
import { existsSync } from 'node:fs';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { embedCatalogue, embedPaths } from '../../src/lib/embed/catalogue';
import { baseUrl, close, hydrated, newContext } from './browser';
import { phases, phasesInOrder } from './data';
import { routes } from './routes';

afterAll(close);

const built = (path: string) => existsSync(new URL(`../../build${path}.html`, import.meta.url));
/** The deck's pages, where they are built. */
const deckRoutes = ['/present', '/present/notes', '/present/handout'].filter(built);
const embedRoutes = ['/embed', ...embedPaths(embedCatalogue(phasesInOrder))];

interface Watched {
	context: BrowserContext;
	page: Page;
	/** Every refusal: securitypolicyviolation events from any frame, and the console's "Refused to ..." messages. */
	violations: string[];
}

async function watch(options: BrowserContextOptions = {}): Promise<Watched> {
	const context = await newContext(options);
	const violations: string[] = [];
	await context.exposeBinding('reportCspViolation', ({ frame }, text: string) =>
		violations.push(`${frame.url()}: ${text}`)
	);
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
			report(
				`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`
			);
		});
	});
	const listen = (page: Page) =>
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
		});
	context.on('page', listen);
	const page = await context.newPage();
	return { context, page, violations };
}

/** The page's own policy, as the browser received it in the meta tag. */
const policy = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

describe('the Content Security Policy', () => {
	it('is strict: own scripts and SvelteKit’s hashes only, no plugins, no other origin', async () => {
		const { page, context } = await watch();
		await page.goto(baseUrl() + '/');
		const csp = (await policy(page))!;
		const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
		expect(directives['script-src'][0]).toBe("'self'");
		expect(directives['script-src'].slice(1).every((s: string) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
		expect(directives['script-src']).not.toContain("'unsafe-inline'");
		expect(directives['default-src']).toEqual(["'self'"]);
		expect(directives['object-src']).toEqual(["'none'"]);
		expect(directives['base-uri']).toEqual(["'self'"]);
		expect(directives['img-src']).toEqual(["'self'", 'data:']);
		expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
		for (const name of ['connect-src', 'frame-src', 'form-action']) expect(directives[name]).toEqual(["'self'"]);
		expect(directives['frame-ancestors']).toBeUndefined(); // embeds stay embeddable anywhere
		await context.close();
	});

	it.each([...routes, ...deckRoutes])('%s runs under it without a violation', async (route) => {
		const { page, context, violations } = await watch();
		await page.goto(baseUrl() + route);
		expect(await policy(page)).toMatch(/script-src 'self'/);
		await hydrated(page); // SvelteKit's hashed start-up script ran
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
		await context.close();
	});

	it('lets every embed run its one same-origin script, with no inline script, and refuses nothing', async () => {
		const { page, context, violations } = await watch();
		for (const route of embedRoutes) {
			await page.goto(`${baseUrl()}${route}?theme=dark&title=0`);
			expect(await policy(page), route).toMatch(/script-src 'self'/);
			if (route !== '/embed') {
				// the options were applied, so the script ran
				expect(await page.evaluate(() => document.documentElement.dataset.theme), route).toBe('dark');
				expect(await page.locator('script:not([src])').count(), route).toBe(0);
			}
		}
		expect(violations).toEqual([]);
		await context.close();
	});

	it('refuses nothing while a reader steps through every phase and back', async () => {
		const { page, context, violations } = await watch();
		await page.goto(baseUrl() + '/');
		await hydrated(page);
		for (let i = 1; i < phases.length; i++) {
			await page.getByRole('link', { name: /^Next/ }).click();
			await page.waitForURL(`**/phase/${phases[i].id}`);
		}
		for (let i = phases.length - 2; i >= 0; i--) {
			await page.keyboard.press('ArrowLeft');
			await page.waitForURL(`**/phase/${phases[i].id}`);
		}
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
		await context.close();
	});

	it('refuses nothing in the Embed dialog and its live preview', async () => {
		const { page, context, violations } = await watch();
		await page.goto(`${baseUrl()}/phase/${phases[1].id}`);
		await hydrated(page);
		await page.getByRole('button', { name: /^Embed the stepper/ }).click();
		const dialog = page.locator('dialog[open]');
		await dialog.waitFor();
		const preview = page.frameLocator('dialog[open] iframe');
		await preview.locator('main.embed').waitFor();
		await dialog.getByLabel('Dark').check();
		await preview.locator('html[data-theme="dark"]').waitFor();
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Escape');
		expect(violations).toEqual([]);
		await context.close();
	});

	it.runIf(deckRoutes.includes('/present'))(
		'refuses nothing in the deck, moving slides and opening the notes window',
		async () => {
			const { page, context, violations } = await watch({ viewport: { width: 1920, height: 1080 } });
			await page.goto(baseUrl() + '/present');
			await hydrated(page);
			for (const key of ['PageDown', 'PageDown', 'ArrowRight', 'End', 'Home']) await page.keyboard.press(key);
			const notes = context.waitForEvent('page');
			// The controls slide away after a few still seconds; a move of the mouse brings them back.
			await page.mouse.move(600, 500);
			await page.getByRole('button', { name: /presenter notes/i }).click();
			const notesPage = await notes;
			await notesPage.waitForLoadState('load');
			await hydrated(notesPage);
			await page.keyboard.press('PageDown');
			await page.waitForLoadState('networkidle');
			expect(violations).toEqual([]);
			await context.close();
		}
	);
});
