// Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core: no browser is downloaded, and BiDi reports
// every page error (puppeteer's "pageerror", from the log of every frame) as it happens.
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import type { Engine, Key } from './engine';
import { findLink } from './find-link';
import { requireBinary } from './require-binary';

/** puppeteer types a page function by the handles it passes; the scenarios' functions take and give plain values. */
const run = <R, A extends unknown[]>(target: Page | Frame, fn: (...args: A) => R, args: A) =>
	target.evaluate(fn as never, ...(args as unknown[] as never[])) as Promise<Awaited<R>>;

export async function startFirefox(): Promise<Engine> {
	const executablePath = requireBinary(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr', 'Firefox');
	const browser: Browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath,
		headless: true,
		defaultViewport: { width: 1280, height: 800 }
	});
	try {
		const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
		const errors: string[] = [];
		page.on('pageerror', (error) =>
			errors.push(error instanceof Error ? (error.stack ?? error.message) : String(error))
		);

		const frameFor = async (srcPrefix: string) => {
			const iframe = await page.waitForSelector(`iframe[src^="${srcPrefix}"]`);
			const frame = await iframe?.contentFrame();
			if (!frame) throw new Error(`No frame for ${srcPrefix}`);
			return frame;
		};

		return {
			name: 'Firefox',
			reach: async (origin) => origin,
			goto: async (url) => {
				await page.goto(url, { waitUntil: 'load' });
			},
			url: async () => page.url(),
			evaluate: (fn, ...args) => run(page, fn, args),
			evaluateInFrame: (srcPrefix, fn, ...args) => frameFor(srcPrefix).then((frame) => run(frame, fn, args)),
			press: (key: Key) => page.keyboard.press(key),
			clickLink: async (name) => {
				const link = (
					await page.evaluateHandle(findLink, name.source, name.flags)
				).asElement() as ElementHandle<Element> | null;
				if (!link) throw new Error(`No link named ${name} on ${page.url()}`);
				await link.click();
			},
			takePageErrors: async () => errors.splice(0),
			close: () => browser.close()
		};
	} catch (error) {
		await browser.close();
		throw error;
	}
}
