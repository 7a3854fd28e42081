// Resilience in Chromium: every page reads with JavaScript off and when its JavaScript fails to load, fits a 320 px
// screen and 200% zoom, applies a phase change at once for readers who ask for reduced motion, and works by keyboard.
import { existsSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { embedCatalogue, embedPaths, isDiagramKind } from '../../src/lib/embed/catalogue';
import { baseUrl, close, hydrated, newContext, openPage } from './browser';
import { phases, phasesInOrder } from './data';
import {
	diagramSnapshot,
	focusNow,
	markTabStops,
	moves,
	pageWidth,
	readable,
	svgTransitionDurations,
	textProblems,
	visibleText
} from './layout-checks';
import { routes } from './routes';

afterAll(close);

const built = (path: string) => existsSync(new URL(`../../build${path}.html`, import.meta.url));
const deckRoutes = ['/present', '/present/notes', '/present/handout', '/present/notes/print'].filter(built);
const embedRoutes = embedPaths(embedCatalogue(phasesInOrder));
/** Every page: the site, the embeds and their previewer, the deck where it is built. */
const everyRoute = [...routes, '/embed', ...embedRoutes, ...deckRoutes];
/** The pages that hydrate (diagram and stepper embeds are static: one small script, no SvelteKit). */
const hydrates = (route: string) => !route.startsWith('/embed/');

/** The diagrams a page draws: a phase's diagrams, or the one an embed shows. */
function expectedDiagrams(route: string): number {
	const phase = phases.find((p) => route === `/phase/${p.id}`) ?? (route === '/' ? phases[0] : undefined);
	if (phase) return phase.diagrams.length;
	const embed = /^\/embed\/(\w+)(?:\/([\w-]+))?$/.exec(route);
	if (!embed || !(embed[1] === 'stepper' || isDiagramKind(embed[1]))) return 0;
	const [, kind, phaseId] = embed;
	const shown = kind === 'stepper' ? (phaseId ? phases.find((p) => p.id === phaseId)! : phases[0]) : null;
	return shown ? shown.diagrams.length : 1;
}

async function open(route: string, options: BrowserContextOptions & { abortScripts?: boolean } = {}): Promise<Page> {
	const { abortScripts, ...contextOptions } = options;
	const context = await newContext(contextOptions);
	if (abortScripts) await context.route('**/_app/immutable/**/*.js', (r) => r.abort());
	const page = await context.newPage();
	await page.goto(baseUrl() + route);
	if (contextOptions.javaScriptEnabled !== false && !abortScripts && hydrates(route)) await hydrated(page);
	await page.waitForLoadState('networkidle');
	return page;
}

/** Every link's target answers, and a #fragment names an element that is there. Checked once per URL. */
const checkedLinks = new Map<string, Promise<string | null>>();
function brokenLink(href: string): Promise<string | null> {
	const url = new URL(href);
	if (url.origin !== new URL(baseUrl()).origin) return Promise.resolve(null);
	if (!checkedLinks.has(href))
		checkedLinks.set(
			href,
			fetch(url.origin + url.pathname).then(async (response) => {
				if (!response.ok) return `${href}: ${response.status}`;
				const id = decodeURIComponent(url.hash.slice(1));
				if (id && !(await response.text()).includes(`id="${id}"`)) return `${href}: no element with id "${id}"`;
				return null;
			})
		);
	return checkedLinks.get(href)!;
}

async function expectReadable(page: Page, route: string) {
	const seen = await readable(page);
	expect(seen.headings.length, `${route}: a visible heading`).toBeGreaterThan(0);
	expect(seen.textLength, `${route}: text to read`).toBeGreaterThan(route.startsWith('/embed/') ? 80 : 400);
	const diagrams = expectedDiagrams(route);
	expect(seen.drawnDiagrams, `${route}: diagrams drawn as SVG`).toBeGreaterThanOrEqual(diagrams);
	return seen;
}

describe('with JavaScript off', () => {
	it.each(everyRoute)('%s reads: headings, text, diagrams, and links that work', async (route) => {
		const page = await open(route, { javaScriptEnabled: false });
		const seen = await expectReadable(page, route);
		const broken = (await Promise.all([...new Set(seen.links)].map(brokenLink))).filter(Boolean);
		expect(broken).toEqual([]);
		await page.context().close();
	});
});

describe('when the JavaScript fails to load', () => {
	it.each(everyRoute)('%s still shows its content', async (route) => {
		const page = await open(route, { abortScripts: true });
		await expectReadable(page, route);
		expect(await textProblems(page)).toEqual([]);
		await page.context().close();
	});
});

describe('on a 320 px wide screen', () => {
	it.each(everyRoute)('%s does not scroll sideways, with every text alternative open too', async (route) => {
		const page = await open(route, { viewport: { width: 320, height: 640 } });
		expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(320);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(320);
		await page.context().close();
	});
});

describe('at 200% zoom (a 1280 px screen: 640 CSS px at twice the pixels)', () => {
	it.each(everyRoute)('%s loses no content, overlaps no text and cuts nothing off', async (route) => {
		const wide = await open(route);
		const wideText = await visibleText(wide);
		await wide.context().close();
		const page = await open(route, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
		// The deck's controls float over the slide while the presenter moves, and fade after a few still seconds:
		// the slide must read clear once they rest.
		if (route === '/present') await page.waitForTimeout(3500);
		expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(640);
		const zoomedText = new Set(await visibleText(page));
		expect(wideText.filter((text) => !zoomedText.has(text))).toEqual([]);
		expect(await textProblems(page)).toEqual([]);
		await page.context().close();
	});
});

describe('for a reader who asks for reduced motion', () => {
	const from = phases.findIndex(
		(p, i) => i < phases.length - 1 && p.diagrams.some((d) => phases[i + 1].diagrams.some((n) => n.kind === d.kind))
	);

	it('animates the diagrams otherwise, so there is something to switch off', async () => {
		const page = await open(`/phase/${phases[from].id}`, { reducedMotion: 'no-preference' });
		expect((await svgTransitionDurations(page)).filter(moves).length).toBeGreaterThan(0);
		await page.context().close();
	});

	it('applies the next phase’s diagram state at once: no transition on any SVG element', async () => {
		const page = await open(`/phase/${phases[from].id}`, { reducedMotion: 'reduce' });
		expect((await svgTransitionDurations(page)).filter(moves)).toEqual([]);
		await page.getByRole('link', { name: /^Next/ }).click();
		await page.waitForFunction(
			(title) => document.querySelector('#phase-heading')?.textContent === title,
			phases[from + 1].title
		);
		const atOnce = await diagramSnapshot(page);
		expect((await svgTransitionDurations(page)).filter(moves)).toEqual([]);
		await page.waitForTimeout(700); // longer than any transition the diagrams declare
		expect(await diagramSnapshot(page)).toEqual(atOnce);
		await page.context().close();
	});
});

describe('by keyboard alone', () => {
	/** Presses Tab through the page: every stop is reached in document order, with focus always visible. */
	async function tabThrough(page: Page) {
		const stops = await markTabStops(page);
		const reached: string[] = [];
		const unseen: string[] = [];
		for (let presses = 0; presses < stops.length * 3 + 10 && reached.length < stops.length; presses++) {
			await page.keyboard.press('Tab');
			const focus = await focusNow(page);
			if (focus.stop === null) continue; // inside a frame, or not a stop we know
			if (reached.at(-1) === focus.stop) continue; // still inside the same frame
			reached.push(focus.stop);
			if (!focus.visible) unseen.push(focus.name);
		}
		return { stops, reached: reached.map((i) => stops[Number(i)]), unseen };
	}

	it.each(everyRoute)('%s: Tab reaches every link and control in order, and focus is always visible', async (route) => {
		const page = await open(route);
		const { stops, reached, unseen } = await tabThrough(page);
		expect(stops.length).toBeGreaterThan(0);
		expect(reached).toEqual(stops);
		expect(unseen).toEqual([]);
		await page.context().close();
	});

	it('on a narrow screen, the arrow keys scroll a wide table instead of changing the phase', async () => {
		const route = `/phase/${phases[0].id}`;
		const page = await open(route, { viewport: { width: 320, height: 640 } });
		await page.locator('details.text-alternative summary').first().click();
		const table = page.locator('.table-scroll').first();
		expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		await table.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect(new URL(page.url()).pathname).toBe(route);
		await page.context().close();
	});

	it('Enter on Next steps the stepper to the next phase', async () => {
		const page = await openPage('/');
		await hydrated(page);
		const stops = await markTabStops(page);
		const next = stops.findIndex((name) => name.startsWith('a "Next'));
		expect(next).toBeGreaterThanOrEqual(0);
		for (let i = 0; i <= next; i++) await page.keyboard.press('Tab');
		expect((await focusNow(page)).name).toMatch(/^a "Next/);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/phase/${phases[1].id}`);
		await page.waitForFunction(
			(title) => document.querySelector('#phase-heading')?.textContent === title,
			phases[1].title
		);
		await page.context().close();
	});
});
