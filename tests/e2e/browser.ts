// Debian's Chromium driven by playwright-core: never a downloaded browser, never a request off this machine.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';

export const baseUrl = () => inject('baseUrl');

let browser: Browser | null = null;

export async function launch(): Promise<Browser> {
	browser ??= await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	return browser;
}

export async function close() {
	await browser?.close();
	browser = null;
}

/** A fresh context, closed when the test ends, passed or failed (a test may close it sooner). */
export async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
	const context = await (await launch()).newContext({ viewport: { width: 1280, height: 800 }, ...options });
	onTestFinished(() => context.close());
	return context;
}

/** A page in a fresh context; axe needs a page that belongs to a context. */
export async function openPage(path: string, options: BrowserContextOptions = {}): Promise<Page> {
	const context = await newContext(options);
	const page = await context.newPage();
	await page.goto(baseUrl() + path);
	return page;
}

/** Waits until the page and its diagrams have hydrated, so clicks and keys are handled by the app. A page that loads
 * no script (the tracker; its structured data is a data block, not a script) is ready once it has loaded. */
export async function hydrated(page: Page) {
	// A popup may still be a blank document with no body when this starts.
	await page.waitForFunction(
		() =>
			document.body?.dataset.hydrated === 'true' ||
			(document.readyState === 'complete' &&
				document.querySelector('script:not([type="application/ld+json"])') === null)
	);
}
