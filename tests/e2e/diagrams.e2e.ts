// Stepping through the phases, each diagram stays on the page and moves to the new phase's state.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, openPage } from './browser';
import { phases } from './data';

afterAll(close);

const diagram = (page: Page, kind: string) => page.locator(`figure[data-diagram="${kind}"] svg[role="img"]`);

async function next(page: Page, index: number) {
	await page.getByRole('link', { name: /^Next/ }).click();
	await page.waitForURL(`**/phase/${phases[index].id}`);
	await page.waitForFunction(
		(id) => document.querySelector('article.phase')?.getAttribute('data-phase') === id,
		phases[index].id
	);
}

/** Tags the drawing, so the test can tell the same element moving on from a new one drawn in its place. */
const tag = (page: Page, kind: string) =>
	diagram(page, kind).evaluate((svg) => ((svg as SVGElement & { __seen?: boolean }).__seen = true));
const isTagged = (page: Page, kind: string) =>
	diagram(page, kind).evaluate((svg) => (svg as SVGElement & { __seen?: boolean }).__seen === true);

describe('diagrams through the phases', () => {
	it('the sequence moves its highlight from phase to phase on the same drawing', async () => {
		const page = await openPage(`/phase/${phases[0].id}`);
		await hydrated(page);
		const current = () => diagram(page, 'sequence').locator('g.phase[data-state="current"]').getAttribute('data-phase');
		expect(await current()).toBe(phases[0].id);
		await tag(page, 'sequence');
		await next(page, 1);
		expect(await current()).toBe(phases[1].id);
		expect(
			await diagram(page, 'sequence').locator(`g.phase[data-phase="${phases[0].id}"]`).getAttribute('data-state')
		).toBe('past');
		expect(await isTagged(page, 'sequence')).toBe(true);
		await page.context().close();
	});

	it('the map moves from the lines before the ceasefire to the yellow line, with a transition', async () => {
		const page = await openPage(`/phase/${phases[0].id}`);
		await hydrated(page);
		expect(await diagram(page, 'map').getAttribute('data-stage')).toBe('before');
		const held = diagram(page, 'map').locator('path.held[data-stage="yellow"]');
		expect(await held.getAttribute('style')).toMatch(/opacity: 0\b/);
		expect(await held.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
		await tag(page, 'map');
		await next(page, 1);
		expect(await diagram(page, 'map').getAttribute('data-stage')).toBe('yellow');
		expect(await held.getAttribute('style')).toMatch(/opacity: 1\b/);
		expect(await isTagged(page, 'map')).toBe(true);
		expect(await page.locator('figure[data-diagram="map"]').innerText()).toMatch(/53%/);
		await page.context().close();
	});

	it('the map legend’s bar grows or shrinks to the new share by CSS, and lands on the drawn width', async () => {
		const page = await openPage(`/phase/${phases[0].id}`);
		await hydrated(page);
		const bar = diagram(page, 'map').locator('rect.bar-held');
		const width = () => bar.evaluate((el) => Number.parseFloat(getComputedStyle(el).width));
		const before = await width();
		expect(await bar.evaluate((el) => getComputedStyle(el).transitionProperty)).toContain('width');
		await next(page, 1);
		const target = Number(await bar.getAttribute('width'));
		expect(target).not.toBeCloseTo(before, 0);
		// Between the two, then at the yellow line's share (53% of the bar).
		await page.waitForFunction(
			(t) => Math.abs(Number.parseFloat(getComputedStyle(document.querySelector('rect.bar-held')!).width) - t) < 0.5,
			target
		);
		expect(await bar.getAttribute('data-share')).toBe('53');
		await page.context().close();
	});

	it("the exchange draws the plan's numbers to scale, unit by unit", async () => {
		const page = await openPage('/phase/exchange');
		const svg = diagram(page, 'exchange');
		expect(await svg.getAttribute('data-step')).toBe('terms');
		const counts = await svg
			.locator('[data-count]')
			.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
		for (const n of [20, 28, 250, 1700, 420]) expect(counts).toContain(n);
		// the two articles' readings of the 20 are both on the drawing
		const text = await page.locator('figure[data-diagram="exchange"] svg').textContent();
		expect(text).toContain('believed to be alive');
		expect(text).toContain('thought to be dead');
		await page.context().close();
	});

	it('a map reached by stepping marks its quotes where the page loaded whole has them', async () => {
		const markers = (page: Page) =>
			diagram(page, 'map')
				.locator('g.annotation-marker')
				.evaluateAll((gs) =>
					gs.map((g) => [
						g.getAttribute('data-note'),
						g.querySelector('circle:not(.dot)')?.getAttribute('cx'),
						g.querySelector('circle:not(.dot)')?.getAttribute('cy')
					])
				);
		const whole = await openPage(`/phase/${phases[1].id}`, { javaScriptEnabled: false });
		const expected = await markers(whole);
		expect(expected.length).toBeGreaterThan(0);
		await whole.context().close();
		const page = await openPage(`/phase/${phases[0].id}`);
		await hydrated(page);
		expect(await markers(page)).toEqual([]);
		await next(page, 1);
		expect(await markers(page)).toEqual(expected);
		await page.context().close();
	});

	it('the governance diagram shifts its focus from the Board of Peace to the stabilization force', async () => {
		const index = phases.findIndex((p) => p.id === 'board-of-peace');
		const page = await openPage(`/phase/${phases[index].id}`);
		await hydrated(page);
		const focus = () =>
			diagram(page, 'governance')
				.locator('g.actor[data-state="focus"]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-actor')));
		expect(await focus()).toContain('board-of-peace');
		expect(await focus()).not.toContain('isf');
		await tag(page, 'governance');
		await next(page, index + 1);
		expect(await focus()).toContain('isf');
		expect(await focus()).not.toContain('board-of-peace');
		expect(await isTagged(page, 'governance')).toBe(true);
		await page.context().close();
	});

	it('each phase anchors its quotes to its diagrams with numbered markers and matching notes', async () => {
		for (const phase of phases as unknown as { id: string; diagrams: { kind: string; annotations: unknown[] }[] }[]) {
			const page = await openPage(`/phase/${phase.id}`, { javaScriptEnabled: false });
			for (const d of phase.diagrams) {
				const frame = page.locator(`figure[data-diagram="${d.kind}"]`);
				expect(await frame.locator('svg .annotation-marker').count(), `${phase.id} ${d.kind}`).toBe(
					d.annotations.length
				);
				expect(await frame.locator('ol.notes > li').count(), `${phase.id} ${d.kind}`).toBe(d.annotations.length);
			}
			await page.context().close();
		}
	});

	it('the figures diagram highlights the figures each phase is about', async () => {
		const page = await openPage(`/phase/${phases[0].id}`);
		const focused = await diagram(page, 'figures')
			.locator('g.row.is-focus')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-figure')));
		expect(focused).toContain('killed-7-october');
		await page.context().close();
	});
});
