// The timeline in Chromium: the arrow keys move from event to event, the filters narrow the list and keep themselves
// in the URL, a filtered URL opened or reloaded shows the filtered set, every event reads with JavaScript off, the axis
// keeps its labels and marks apart at every width it is drawn at, and the embed sizes itself in a pym.js article.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, hydrated, newContext, openPage } from './browser';
import { phases } from './data';
import { pageWidth } from './layout-checks';
import { articlePagesForFile } from './parent-pages';

interface Event {
	id: string;
	date: string;
	end?: string;
	track: string;
	points: number[];
	phases: string[];
	sources: string[];
}
const events: Event[] = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));
const gatheredUpTo: string = JSON.parse(
	readFileSync(new URL('../../data/reporting.json', import.meta.url), 'utf8')
).gatheredUpTo;

const parents = articlePagesForFile();

/** The ids of the events a reader can see, in the order shown. */
const shownIds = (page: Page) =>
	page.locator('article.event').evaluateAll((all) => all.filter((a) => a.checkVisibility()).map((a) => a.id.slice(6)));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id.replace(/^event-/, '') ?? '');
const count = (page: Page) => page.getByRole('status').textContent();

async function open(path: string, options: Parameters<typeof openPage>[1] = {}) {
	const page = await openPage(path, options);
	if (options.javaScriptEnabled !== false) await hydrated(page);
	return page;
}

describe('the timeline by keyboard', () => {
	it('reaches the first event with Tab, then moves event to event with the arrows, Home and End', async () => {
		const page = await open('/timeline');
		const onEvent = () => page.evaluate(() => document.activeElement?.matches('article.event') ?? false);
		for (let i = 0; i < 40 && !(await onEvent()); i++) await page.keyboard.press('Tab');
		expect(await focusedId(page)).toBe(events[0].id);
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none'); // focus is visible

		const order = events.map((e) => e.id);
		await page.keyboard.press('ArrowDown');
		expect(await focusedId(page)).toBe(order[1]);
		await page.keyboard.press('ArrowRight');
		expect(await focusedId(page)).toBe(order[2]);
		await page.keyboard.press('ArrowUp');
		expect(await focusedId(page)).toBe(order[1]);
		await page.keyboard.press('End');
		expect(await focusedId(page)).toBe(order.at(-1));
		expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top < innerHeight)).toBe(true);
		await page.keyboard.press('Home');
		expect(await focusedId(page)).toBe(order[0]);
		await page.context().close();
	});

	it('moves only among the events a filter shows, and marks the event with focus on the axis', async () => {
		const phase = phases[2].id;
		const page = await open(`/timeline?phase=${phase}`);
		const expected = events.filter((e) => e.phases.includes(phase)).map((e) => e.id);
		await page.locator('article.event[tabindex="0"]').focus();
		const visited = [await focusedId(page)];
		for (let i = 1; i < expected.length; i++) {
			await page.keyboard.press('ArrowDown');
			visited.push(await focusedId(page));
		}
		expect(visited).toEqual(expected);
		expect(await page.locator('.timeline-axis .mark.active').getAttribute('data-event')).toBe(expected.at(-1));
		await page.context().close();
	});

	it('picks an event in the list when its mark on the axis is clicked', async () => {
		const page = await open('/timeline');
		const target = events.find((e) => e.date > '2026-01')!;
		await page.locator(`.timeline-axis .mark[data-event="${target.id}"] .shape`).click();
		expect(await focusedId(page)).toBe(target.id);
		await page.context().close();
	});
});

describe('the timeline’s filters', () => {
	it('narrow by track, point and phase, each kept in the URL, and announce how many events are shown', async () => {
		const page = await open('/timeline');
		expect(await count(page)).toBe(`All ${events.length} events`);
		expect(await page.getByRole('status').getAttribute('role')).toBe('status'); // a live region

		await page.getByLabel('Track', { exact: true }).selectOption('aid-crossings');
		await expect.poll(() => new URL(page.url()).search).toBe('?track=aid-crossings');
		const aid = events.filter((e) => e.track === 'aid-crossings').map((e) => e.id);
		expect(await shownIds(page)).toEqual(aid);
		expect(await count(page)).toBe(`${aid.length} of ${events.length} events`);

		await page.getByLabel('Plan point', { exact: true }).selectOption('8');
		await expect.poll(() => new URL(page.url()).search).toBe('?track=aid-crossings&point=8');
		expect(await shownIds(page)).toEqual(
			events.filter((e) => e.track === 'aid-crossings' && e.points.includes(8)).map((e) => e.id)
		);

		await page.getByRole('button', { name: 'Show every event' }).click();
		await page.getByLabel('Phase', { exact: true }).selectOption(phases[0].id);
		await expect.poll(() => new URL(page.url()).search).toBe(`?phase=${phases[0].id}`);
		expect(await shownIds(page)).toEqual(events.filter((e) => e.phases.includes(phases[0].id)).map((e) => e.id));
		await page.context().close();
	});

	it('show the filtered set at a filtered URL, and again after a reload', async () => {
		const phase = phases[1].id;
		const page = await open(`/timeline?track=lines-security&phase=${phase}`);
		const expected = events.filter((e) => e.track === 'lines-security' && e.phases.includes(phase)).map((e) => e.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(await shownIds(page)).toEqual(expected);
		await page.reload();
		await hydrated(page);
		expect(await shownIds(page)).toEqual(expected);
		expect(await page.getByLabel('Track', { exact: true }).inputValue()).toBe('lines-security');
		expect(await page.getByLabel('Phase', { exact: true }).inputValue()).toBe(phase);
		expect(await page.locator('.timeline-axis .mark:not(.faded)').count()).toBe(expected.length);
		await page.context().close();
	});

	it.each(phases.map((p) => p.id))('open from a phase page’s link, /timeline?phase=%s', async (phase) => {
		const page = await open(`/timeline?phase=${phase}`);
		expect(await shownIds(page)).toEqual(events.filter((e) => e.phases.includes(phase)).map((e) => e.id));
		await page.context().close();
	});

	it('fall back to every event for values they do not know, without an error', async () => {
		const context = await newContext();
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseUrl()}/timeline?track=nope&point=99&phase=%3Cscript%3E`);
		await hydrated(page);
		expect(await shownIds(page)).toHaveLength(events.length);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the timeline without JavaScript', () => {
	it('lists every event with its date, sources and links, and says its filters need JavaScript', async () => {
		const page = await open(`/timeline?phase=${phases[0].id}`, { javaScriptEnabled: false });
		expect(await shownIds(page)).toEqual(events.map((e) => e.id));
		for (const event of events) {
			const article = page.locator(`#event-${event.id}`);
			expect(await article.locator('time').getAttribute('datetime')).toBe(event.date);
			expect(await article.locator('.sources a').count()).toBe(event.sources.length);
			expect(await article.locator('a[href^="/points#point-"]').count()).toBe(event.points.length);
			expect(await article.locator('a[href^="/phase/"]').count()).toBe(event.phases.length);
		}
		expect(await page.getByText(/reporting gathered up to \d+ \w+ \d{4}/i).count()).toBeGreaterThan(0);
		// (a browser with JavaScript off shows <noscript>; Chromium driven with scripts off still parses it as text)
		expect(await page.locator('form[data-filters] noscript').textContent()).toContain(
			'The filters need JavaScript: every event is listed below.'
		);
		expect(await page.getByLabel('Track', { exact: true }).isDisabled()).toBe(true);
		await page.context().close();
	});
});

describe('the timeline’s layout', () => {
	/** Boxes of the axis's text, and of its marks, that overlap another of their kind. */
	const axisOverlaps = (page: Page) =>
		page.evaluate(() => {
			const overlaps = (a: DOMRect, b: DOMRect) =>
				Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
				Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
			const pairs = (selector: string) => {
				const items = [...document.querySelectorAll(`.timeline-axis svg:not([width="14"]) ${selector}`)].map((el) => ({
					name: el.textContent || el.closest('[data-event]')?.getAttribute('data-event'),
					box: el.getBoundingClientRect()
				}));
				return items.flatMap((a, i) =>
					items
						.slice(i + 1)
						.filter((b) => overlaps(a.box, b.box))
						.map((b) => `${a.name} / ${b.name}`)
				);
			};
			return [...pairs('text'), ...pairs('.mark .shape')];
		});

	it.each([640, 1280, 1920])('draws the axis at %i px with no label or mark over another', async (width) => {
		const page = await open('/timeline', { viewport: { width, height: 900 } });
		expect(await page.locator('.timeline-axis').isVisible()).toBe(true);
		expect(await page.locator('.timeline-axis .mark').count()).toBe(
			events.filter((e) => (e.end ?? e.date) >= '2025-09-29').length
		);
		expect(await axisOverlaps(page)).toEqual([]);
		expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(width);
		await page.context().close();
	});

	it('gives a day of the talks week eight times the room of a day after it, on screen', async () => {
		const page = await open('/timeline', { viewport: { width: 1280, height: 900 } });
		const dots = events.filter((e) => !e.end && e.date.length === 10 && e.date >= '2025-09-29');
		/** Pixels a day takes between two dots on different days: the distance between their centres, per day. */
		async function dayWidth(a: Event, b: Event) {
			const centre = (e: Event) =>
				page
					.locator(`.mark[data-event="${e.id}"] .shape`)
					.evaluate((el) => el.getBoundingClientRect().x + el.getBoundingClientRect().width / 2);
			const days = (Date.parse(b.date) - Date.parse(a.date)) / 86_400_000;
			return ((await centre(b)) - (await centre(a))) / days;
		}
		const inTalks = dots.filter((e) => e.date >= '2025-10-05' && e.date <= '2025-10-13');
		const later = dots.filter((e) => e.date >= '2025-11-01');
		const talks = await dayWidth(
			inTalks[0],
			inTalks.find((e) => e.date !== inTalks[0].date)!
		);
		const after = await dayWidth(
			later[0],
			later.find((e) => e.date !== later[0].date)!
		);
		expect(talks / after).toBeCloseTo(8, 0);
		await page.context().close();
	});

	it('reads as a list on a phone, in the same order, with no axis squeezed in', async () => {
		const page = await open('/timeline?track=hostages-prisoners', { viewport: { width: 375, height: 812 } });
		expect(await page.locator('.timeline-axis').isVisible()).toBe(false);
		expect(await shownIds(page)).toEqual(events.filter((e) => e.track === 'hostages-prisoners').map((e) => e.id));
		expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(375);
		await page.context().close();
	});

	it('says as of when on the page', async () => {
		const page = await open('/timeline');
		const [y, m, d] = gatheredUpTo.split('-').map(Number);
		const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
		expect(await page.locator('.as-of').textContent()).toBe(`Reporting gathered up to ${d} ${month} ${y}.`);
		await page.context().close();
	});
});

describe('the timeline embed', () => {
	it('sizes itself in an article with pym.js, posting pym height messages', async () => {
		const path = `/embed/timeline/${phases[2].id}`;
		const context = await newContext({ viewport: { width: 1000, height: 900 } });
		const page = await context.newPage();
		await page.goto(parents.url('pym', [baseUrl() + path]));
		const iframe = await page.waitForSelector(`iframe[src^="${baseUrl()}${path}"]`);
		const frame = (await iframe.contentFrame())!;
		await frame.waitForLoadState('load');
		await expect
			.poll(
				async () => {
					const received: unknown[] = await page.evaluate(
						() => (window as unknown as { received: unknown[] }).received
					);
					return received.some((m) => typeof m === 'string' && /^pymxPYMx.+xPYMxheightxPYMx\d+$/.test(m));
				},
				{ timeout: 10_000 }
			)
			.toBe(true);
		const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
		await expect
			.poll(async () => Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - content))
			.toBeLessThanOrEqual(4);
		expect(await frame.locator('article.event').count()).toBe(
			events.filter((e) => e.phases.includes(phases[2].id)).length
		);
		await context.close();
	});

	it('opens the phase its URL option names, and has no accessibility violations', async () => {
		const page = await openPage(`/embed/timeline?phase=${phases[1].id}&theme=dark`);
		await page.waitForURL(`**/embed/timeline/${phases[1].id}?theme=dark`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
		await page.context().close();
	});
});
