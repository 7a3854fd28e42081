// The diagrams' view of what happened since the talks, in a real browser: the switch on a phase page by keyboard,
// ?view=since on a phase page and in an embed, an embed in a real pym.js parent re-sized after its reader switches,
// the since content read with JavaScript off, and no accessibility violations with the since view open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, hydrated, newContext, openPage } from './browser';
import { phases } from './data';
import { articlePagesForFile } from './parent-pages';

const parents = articlePagesForFile();

const exchange = phases.find((p) => p.diagrams.some((d) => d.kind === 'exchange'))!.id;
const board = phases.find((p) => p.diagrams.some((d) => d.kind === 'governance'))!.id;

/** What each diagram of the page shows: its kind, the view its figure says, and whether each drawing is on screen. */
const shown = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('figure.offers-since')].map((figure) => {
			const visible = (selector: string) => {
				const svg = figure.querySelector<SVGElement>(selector);
				return svg !== null && svg.getBoundingClientRect().height > 0;
			};
			return {
				kind: figure.dataset.diagram,
				plan: visible('.view-plan svg'),
				since: visible('.view-since svg')
			};
		})
	);

/** 'plan' or 'since' where every diagram of the page shows that view, else what each shows. */
async function showing(page: Page) {
	const list = await shown(page);
	if (list.length && list.every((d) => d.plan && !d.since)) return 'plan';
	if (list.length && list.every((d) => d.since && !d.plan)) return 'since';
	return list;
}

const sinceShown = (page: Page) =>
	page.waitForFunction(() => {
		const figures = [...document.querySelectorAll('figure.offers-since')];
		return (
			figures.length > 0 &&
			figures.every((f) => (f.querySelector('.view-since svg')?.getBoundingClientRect().height ?? 0) > 0)
		);
	});

describe('on a phase page', () => {
	it('switches to what happened and back by keyboard alone, keeping the view in the URL', async () => {
		const page = await openPage(`/phase/${exchange}`);
		await hydrated(page);
		expect(await showing(page)).toBe('plan');

		// Tab from the top of the page to the switch's second button, then press it.
		let focused = '';
		for (let i = 0; i < 60 && focused !== 'What happened'; i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		}
		expect(focused).toBe('What happened');
		await page.keyboard.press('Enter');
		await sinceShown(page);
		expect(await showing(page)).toBe('since');
		expect(await page.getByRole('button', { name: 'What happened' }).first().getAttribute('aria-pressed')).toBe('true');
		expect(new URL(page.url()).search).toBe('?view=since');
		// Still on the same phase: the switch's keys are not the stepper's.
		expect(new URL(page.url()).pathname).toBe(`/phase/${exchange}`);

		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('The plan');
		await page.keyboard.press('Space');
		await page.waitForFunction(
			() => document.querySelector('figure.offers-since')?.getAttribute('data-view') === 'plan'
		);
		expect(await showing(page)).toBe('plan');
		expect(new URL(page.url()).search).toBe('');
		await page.context().close();
	});

	it('opens on what happened with ?view=since, and keeps it from phase to phase', async () => {
		const page = await openPage(`/phase/${board}?view=since`);
		await hydrated(page);
		await sinceShown(page);
		expect((await shown(page)).every((d) => d.since && !d.plan)).toBe(true);
		const text = await page.locator('figure.offers-since .view-since').first().innerText();
		expect(text).toContain('What happened, from reporting gathered up to 1 July 2026.');
		expect(await page.locator('figure.offers-since .view-since .since-sources a').count()).toBeGreaterThan(0);

		const next = phases[phases.findIndex((p) => p.id === board) + 1].id;
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(`**/phase/${next}?view=since`);
		await sinceShown(page);
		await page.context().close();
	});

	it('with JavaScript off, shows the plan, no switch it cannot run, and what happened next, sourced', async () => {
		const page = await openPage(`/phase/${exchange}?view=since`, { javaScriptEnabled: false });
		expect(await showing(page)).toBe('plan');
		expect(await page.locator('figure.offers-since .view-switch').first().isVisible()).toBe(false);
		// The since views come with the script; without it, the page's own account of what happened stays.
		const next = page.getByRole('region', { name: 'What happened next' });
		expect(await next.locator('a[href^="http"]').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('fetches a since view once, when first asked for: the page itself carries none', async () => {
		const page = await openPage(`/phase/${exchange}`);
		const asked: string[] = [];
		page.on('request', (r) => r.url().includes('/since/') && asked.push(new URL(r.url()).pathname));
		await hydrated(page);
		expect(asked).toEqual([]);
		await page.getByRole('button', { name: 'What happened' }).first().click();
		await sinceShown(page);
		await page.getByRole('button', { name: 'The plan' }).first().click();
		await page.getByRole('button', { name: 'What happened' }).first().click();
		await sinceShown(page);
		// Every diagram of the page turned at once, each kind's view fetched once.
		const kinds = phases.find((p) => p.id === exchange)!.diagrams.map((d) => `/since/${d.kind}.json`);
		expect(asked.filter((p) => p.endsWith('.json')).sort()).toEqual([...new Set(kinds)].sort());
		await page.context().close();
	});

	// The exchange's phase, a phase with the sequence, and the governance chart's phase: each since view once, and the
	// governance chart's in both themes.
	const sequence = phases.find((p) => p.diagrams.some((d) => d.kind === 'sequence'))!.id;
	const axePages = [
		[exchange, 'light'],
		[sequence, 'light'],
		[board, 'light'],
		[board, 'dark']
	] as const;
	it.each(axePages)(
		'has no accessibility violations with the since view open on %s, in %s',
		async (phase, colorScheme) => {
			const page = await openPage(`/phase/${phase}?view=since`, { colorScheme });
			await hydrated(page);
			await sinceShown(page);
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
				[]
			);
			await page.context().close();
		}
	);
});

describe('on a 320 px wide screen', () => {
	it.each(phases.map((p) => p.id))('/phase/%s?view=since does not scroll sideways', async (id) => {
		const page = await openPage(`/phase/${id}?view=since`, { viewport: { width: 320, height: 640 } });
		await hydrated(page);
		await sinceShown(page);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.context().close();
	});
});

describe('in an embed', () => {
	it('opens on what happened with ?view=since, and on the plan for any other value', async () => {
		const page = await openPage(`/embed/exchange/${exchange}?view=since`);
		expect(await showing(page)).toBe('since');
		expect(await page.locator('[data-view-choice="since"]').getAttribute('aria-pressed')).toBe('true');
		await page.goto(`${baseUrl()}/embed/exchange/${exchange}?view=<b>since</b>`);
		expect(await showing(page)).toBe('plan');
		await page.context().close();
	});

	it('switches in a real pym.js parent, which re-sizes the iframe to the new height', async () => {
		const path = `/embed/stepper/${exchange}`;
		const context = await newContext({ viewport: { width: 1000, height: 900 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(parents.url('pym', [baseUrl() + path]));
		const iframe = await page.waitForSelector(`iframe[src^="${baseUrl()}${path}"]`);
		const frame = (await iframe.contentFrame())!;
		await frame.waitForLoadState('load');
		// The article's column is 600 pixels wide.
		expect(Math.round((await iframe.boundingBox())!.width)).toBe(600);

		const sized = async () => {
			await expect
				.poll(
					async () =>
						Math.abs(
							(await iframe.evaluate((el) => el.getBoundingClientRect().height)) -
								(await frame.evaluate(() => document.documentElement.getBoundingClientRect().height))
						),
					{ timeout: 10_000, interval: 100 }
				)
				.toBeLessThanOrEqual(4);
			return iframe.evaluate((el) => el.getBoundingClientRect().height);
		};
		const onPlan = await sized();
		const heightsBefore = await page.evaluate(() => (window as unknown as { received: unknown[] }).received.length);

		await frame.locator('[data-view-choice="since"]').first().click();
		expect(await frame.evaluate(() => document.documentElement.dataset.view)).toBe('since');
		const onSince = await sized();
		expect(Math.abs(onSince - onPlan)).toBeGreaterThan(20);
		const received: unknown[] = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
		expect(
			received.slice(heightsBefore).some((m) => typeof m === 'string' && m.endsWith(`xPYMx${Math.ceil(onSince)}`))
		).toBe(true);
		// The stepper's links keep the view, inside the iframe.
		expect(await frame.locator('a[rel="next"]').getAttribute('href')).toMatch(/\?view=since&childId=/);

		await frame.locator('[data-view-choice="plan"]').first().click();
		expect(Math.abs((await sized()) - onPlan)).toBeLessThanOrEqual(4);
		expect(errors).toEqual([]);
		await context.close();
	});
});
