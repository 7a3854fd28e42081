// What each page loads in a real browser: a page fetches some of its code only as it runs (the diagrams it draws,
// after the first paint), so its HTML alone cannot say. Chromium opens each page on the benchmark's server, at a
// phone's width, waits until the network is quiet, and the requests are weighed from the files on disk.
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from './lighthouse.mjs';
import { measureLoaded } from './weights.mjs';

const types = { script: 'Script', stylesheet: 'Stylesheet', document: 'Document', font: 'Font' };

/**
 * @param {{ url: string, resolve: (pathname: string) => string | null }} server
 * @param {string[]} paths site paths ("/", "/phase/yellow-line")
 */
export async function measureInBrowser(server, paths) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: CHROME_FLAGS.filter((flag) => flag !== '--headless')
	});
	try {
		const measured = [];
		for (const sitePath of paths) {
			const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
			const page = await context.newPage();
			/** @type {{ url: string, type: string }[]} */
			const requests = [];
			page.on('request', (r) => {
				const type = types[/** @type {keyof typeof types} */ (r.resourceType())];
				if (type && r.frame() === page.mainFrame()) requests.push({ url: r.url(), type });
			});
			await page.goto(server.url + sitePath, { waitUntil: 'networkidle' });
			measured.push({ sitePath, ...measureLoaded(requests, server.url, server.resolve) });
			await context.close();
		}
		return measured;
	} finally {
		await browser.close();
	}
}
