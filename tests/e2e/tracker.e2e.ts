// The tracker in Chromium, on the built site: all 20 points read with JavaScript off, each status in words with its
// sources; the counts match the data; each point's card in /points carries its status; the embed sizes itself in an
// article through a real pym.js parent; the handout prints the table.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { implementationStatuses, type ImplementationStatus } from '../../src/lib/content/since-words';
import { statusNowWords } from '../../src/lib/content/status-now-words';
import { longDate } from '../../src/lib/format/format';
import { baseUrl, hydrated, newContext, openPage } from './browser';
import { articlePagesForFile } from './parent-pages';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const tracker = read<{ point: number; status: ImplementationStatus; events: string[] }[]>('tracker.json');
const gatheredUpTo = read<{ gatheredUpTo: string }>('reporting.json').gatheredUpTo;
const label = (status: ImplementationStatus) => statusNowWords[status].label({}, { locale: 'en' });

const parents = articlePagesForFile();

describe('/tracker with JavaScript off', () => {
	it('reads all 20 points: each status in words, the plan beside what happened, and the sources', async () => {
		const page = await openPage('/tracker', { javaScriptEnabled: false });
		const entries = page.locator('article[id^="point-"]');
		expect(await entries.count()).toBe(20);
		const asOf = `As of reporting gathered up to ${longDate(gatheredUpTo)}`;
		for (const { point, status, events } of tracker) {
			const entry = page.locator(`#point-${point}`);
			expect(await entry.locator('header .status').innerText()).toContain(label(status));
			expect(await entry.locator('header .as-of').innerText()).toContain(asOf);
			expect(await entry.getByRole('heading', { name: /^What the plan says/ }).isVisible()).toBe(true);
			expect(await entry.getByRole('heading', { name: /^What happened/ }).isVisible()).toBe(true);
			// every event it rests on, linked to the timeline, with at least one source that links out or to /sources
			const evidence = entry.locator('ol.evidence > li');
			expect(await evidence.count()).toBe(events.length);
			for (const id of events) {
				const item = evidence.filter({ has: page.locator(`a[href="/timeline#event-${id}"]`) });
				expect(await item.count()).toBe(1);
				const sources = await item
					.locator('.sources a')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
				expect(sources.length).toBeGreaterThan(0);
				expect(sources.every((href) => /^(https?:\/\/|\/sources#)/.test(href))).toBe(true);
			}
		}
		await page.context().close();
	});

	it('counts the points at each status as the data does, in shape and words', async () => {
		const page = await openPage('/tracker', { javaScriptEnabled: false });
		const rows = await page.locator('.status-summary li').evaluateAll((lis) =>
			lis.map((li) => ({
				status: li.querySelector('.status')!.textContent!.replace(/\s+/g, ' ').trim(),
				points: [...li.querySelectorAll('a')].map((a) => Number(a.textContent)),
				count: li.querySelector('.count')!.textContent
			}))
		);
		const expected = (Object.keys(implementationStatuses) as ImplementationStatus[])
			.map((status) => ({ status, points: tracker.filter((t) => t.status === status).map((t) => t.point) }))
			.filter((row) => row.points.length > 0);
		expect(rows.map((r) => r.status.replace(/^\S+ /, ''))).toEqual(expected.map((row) => label(row.status)));
		expect(rows.map((r) => r.points)).toEqual(expected.map((row) => row.points));
		expect(rows.map((r) => r.count)).toEqual(
			expected.map((row) => `${row.points.length} point${row.points.length === 1 ? '' : 's'}`)
		);
		await page.context().close();
	});
});

describe('/points', () => {
	it('shows each point’s status now, as of when, with its sources and a link to its tracker entry', async () => {
		const page = await openPage('/points');
		await hydrated(page);
		for (const { point, status, events } of tracker) {
			const now = page.locator(`#point-${point} .now`);
			expect(await now.locator('.status').innerText()).toContain(label(status));
			expect(await now.locator('.as-of').innerText()).toMatch(/^As of reporting gathered up to /);
			expect(await now.locator('.sources a').count()).toBe(events.length ? await sourceCount(events) : 0);
			expect(
				await now.getByRole('link', { name: new RegExp(`^Point ${point} on the tracker`) }).getAttribute('href')
			).toBe(`/tracker#point-${point}`);
		}
		await page.context().close();
	});
});

/** How many distinct sources a set of events cites. */
async function sourceCount(events: string[]): Promise<number> {
	const all = read<{ id: string; sources: string[] }[]>('events.json');
	return new Set(events.flatMap((id) => all.find((e) => e.id === id)!.sources)).size;
}

describe('/embed/tracker', () => {
	it('is sized by a real pym.js parent: it posts its height, and asks nothing of any other origin', async () => {
		const context = await newContext({ viewport: { width: 1000, height: 900 } });
		const page = await context.newPage();
		const errors: string[] = [];
		const requests: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('request', (request) => {
			if (request.frame() !== page.mainFrame()) requests.push(request.url());
		});
		await page.goto(parents.url('pym', [`${baseUrl()}/embed/tracker`]));
		const iframe = await page.waitForSelector(`iframe[src^="${baseUrl()}/embed/tracker"]`);
		const frame = (await iframe.contentFrame())!;
		await frame.waitForLoadState('load');
		const heights = async () => ({
			iframe: await iframe.evaluate((el) => el.getBoundingClientRect().height),
			content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)
		});
		await expect
			.poll(async () => Math.abs((await heights()).iframe - (await heights()).content))
			.toBeLessThanOrEqual(4);
		const received: unknown[] = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
		const pym = received.filter((m): m is string => typeof m === 'string' && /^pymxPYMx.+xPYMxheightxPYMx\d+$/.test(m));
		expect(pym.length).toBeGreaterThan(0);
		const posted = Number(pym.at(-1)!.split('xPYMx')[3]);
		expect(Math.abs(posted - (await heights()).content)).toBeLessThanOrEqual(4);
		// opening a point's "What happened" grows the frame
		const closed = (await heights()).iframe;
		await frame.locator('details summary').first().click();
		await frame.locator('details summary').nth(2).click();
		await expect.poll(async () => (await heights()).iframe).toBeGreaterThan(closed + 40);
		expect(await frame.locator('ol.points > li').count()).toBe(20);
		expect(requests.filter((url) => new URL(url).origin !== new URL(baseUrl()).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('has no axe violations, with every point opened', async () => {
		const page = await openPage('/embed/tracker?theme=dark');
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await page.context().close();
	});

	it('is in the editors’ gallery, with its Embed button', async () => {
		const page = await openPage('/embed');
		await hydrated(page);
		const entry = page.locator('[data-embed-entry="/embed/tracker"]');
		expect(await entry.locator('iframe').count()).toBe(3);
		await entry.getByRole('button', { name: /^Embed/ }).click();
		expect(await page.locator('dialog[open] textarea').inputValue()).toContain(`${baseUrl()}/embed/tracker"`);
		await page.context().close();
	});
});

describe('the handout', () => {
	it('prints the tracker table: a row per point with its status, after the phases, on a page of its own', async () => {
		const page = await openPage('/present/handout');
		await page.emulateMedia({ media: 'print' });
		const table = page.locator('.handout-tracker table');
		expect(await table.isVisible()).toBe(true);
		const rows = table.locator('tbody tr');
		expect(await rows.count()).toBe(20);
		for (const { point, status } of tracker) {
			expect(
				await rows
					.nth(point - 1)
					.locator('.now')
					.innerText()
			).toContain(label(status));
		}
		expect(await page.locator('.handout-tracker').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
		await page.context().close();
	});
});
