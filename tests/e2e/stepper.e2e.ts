import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, openPage } from './browser';
import { openingWords, phases } from './data';

afterAll(close);

const heading = (page: Page) => page.locator('#phase-heading').innerText();
const path = (page: Page) => new URL(page.url()).pathname;

async function waitForPhase(page: Page, index: number) {
	await page.waitForURL(`**/phase/${phases[index].id}`);
	await page.waitForFunction(
		(title) => document.querySelector('#phase-heading')?.textContent === title,
		phases[index].title
	);
}

describe('the stepper', () => {
	it('opens on the first phase at the home page', async () => {
		const page = await openPage('/');
		expect(await heading(page)).toBe(phases[0].title);
		expect(await page.locator('.progress [aria-current="step"]').innerText()).toContain(phases[0].title);
		expect(await page.locator('h1').first().innerText()).toMatch(/20-point plan/);
		await page.context().close();
	});

	it(
		'walks every phase with Next, then back with the arrow key, ' + 'drawing each phase’s diagrams without an error',
		async () => {
			const page = await openPage('/');
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await hydrated(page);
			for (let i = 1; i < phases.length; i++) {
				await page.getByRole('link', { name: /^Next/ }).click();
				await waitForPhase(page, i);
				expect(await page.locator('.kicker').innerText()).toMatch(
					new RegExp(`Phase ${i + 1} of ${phases.length}`, 'i')
				);
				// Each phase page brings the layouts of its own diagrams only: every one it draws is there.
				expect(
					await page
						.locator('main svg[data-phase]')
						.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-phase')))
				).toEqual(phases[i].diagrams.map(() => phases[i].id));
			}
			// the last phase leads on to the 20 points instead of a next phase
			expect(await page.getByRole('link', { name: /^Read on/ }).getAttribute('href')).toBe('/points');
			for (let i = phases.length - 2; i >= 0; i--) {
				await page.keyboard.press('ArrowLeft');
				await waitForPhase(page, i);
			}
			expect(errors).toEqual([]);
			await page.context().close();
		}
	);

	it('moves on with the right arrow key and ignores arrows typed elsewhere', async () => {
		const page = await openPage(`/phase/${phases[1].id}`);
		await hydrated(page);
		await page.keyboard.press('ArrowRight');
		await waitForPhase(page, 2);
		await page.keyboard.press('Alt+ArrowRight'); // the browser's own shortcut, not ours
		await page.waitForTimeout(300);
		expect(path(page)).toBe(`/phase/${phases[2].id}`);
		await page.context().close();
	});

	it('moves with a click on any phase in the progress strip', async () => {
		const page = await openPage('/');
		await hydrated(page);
		const last = phases.length - 1;
		await page.locator('.progress a').nth(last).click();
		await waitForPhase(page, last);
		expect(await page.locator('.progress [aria-current="step"]').innerText()).toContain(phases[last].title);
		await page.context().close();
	});

	it('opens a deep link, and the back button returns to the previous phase', async () => {
		const page = await openPage(`/phase/${phases[2].id}`);
		await hydrated(page);
		expect(await heading(page)).toBe(phases[2].title);
		await page.getByRole('link', { name: /^Next/ }).click();
		await waitForPhase(page, 3);
		await page.goBack();
		await waitForPhase(page, 2);
		await page.goForward();
		await waitForPhase(page, 3);
		await page.context().close();
	});

	it('moves focus to the new heading and announces the heading, not the whole phase', async () => {
		const page = await openPage(`/phase/${phases[0].id}`);
		await hydrated(page);
		await page.getByRole('link', { name: /^Next/ }).click();
		await waitForPhase(page, 1);
		await page.waitForFunction(() => document.activeElement?.id === 'phase-heading');
		const announced = await page.locator('#svelte-announcer').innerText();
		expect(announced).toContain(phases[1].title);
		expect(announced.length).toBeLessThan(160);
		await page.context().close();
	});

	it('swipes to the next and previous phase on a touch screen', async () => {
		const page = await openPage(`/phase/${phases[1].id}`, {
			hasTouch: true,
			isMobile: true,
			viewport: { width: 375, height: 812 }
		});
		await hydrated(page);
		const swipe = (fromX: number, toX: number) =>
			page.evaluate(
				([fromX, toX]) => {
					const target = document.querySelector('.stepper')!;
					const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
					target.dispatchEvent(
						new TouchEvent('touchstart', { changedTouches: [touch(fromX)], touches: [touch(fromX)], bubbles: true })
					);
					target.dispatchEvent(
						new TouchEvent('touchend', { changedTouches: [touch(toX)], touches: [], bubbles: true })
					);
				},
				[fromX, toX]
			);
		await swipe(300, 80);
		await waitForPhase(page, 2);
		await swipe(80, 300);
		await waitForPhase(page, 1);
		await page.context().close();
	});

	it('reads completely with JavaScript off', async () => {
		for (const phase of phases) {
			const page = await openPage(`/phase/${phase.id}`, { javaScriptEnabled: false });
			expect(await heading(page)).toBe(phase.title);
			expect(await page.locator('.phase-body').innerText()).toContain(openingWords(phase.body));
			expect(await page.locator('.quotes li').count()).toBe(phase.quotes.length);
			expect(await page.locator('figure[data-diagram] svg').count()).toBeGreaterThanOrEqual(phase.diagrams.length);
			// previous and next are plain links
			if (phase !== phases.at(-1))
				expect(await page.getByRole('link', { name: /^Next/ }).getAttribute('href')).toMatch(/^\/phase\//);
			await page.context().close();
		}
	});

	it('shows each phase’s status at the talks and now, each with its date, with JavaScript off too', async () => {
		for (const javaScriptEnabled of [true, false])
			for (const phase of phases) {
				const page = await openPage(`/phase/${phase.id}`, { javaScriptEnabled });
				const terms = await page.locator('.phase-header dt').allInnerTexts();
				expect(terms.slice(-2)).toEqual([
					'At the talks (5–8 October 2025)',
					'Now (reporting gathered up to 1 July 2026)'
				]);
				const [talks, now] = (await page.locator('.phase-header dd').allInnerTexts()).slice(-2);
				expect(talks).toMatch(/^(● Agreed|⇄ Under negotiation|◐ Disputed|○ Not yet addressed) \S/);
				expect(now).toMatch(/What happened next, with sources$/);
				await page.context().close();
			}
	});

	it('lists under "What happened next" every event, dated, with a source linked, and links the timeline', async () => {
		for (const phase of phases) {
			const page = await openPage(`/phase/${phase.id}`, { javaScriptEnabled: false });
			const section = page.locator('#what-happened-next');
			expect(await section.locator('.note').innerText()).toBe(phase.now.note);
			const events = section.locator('.events > li');
			expect((await events.evaluateAll((items) => items.map((li) => li.dataset.event))).sort()).toEqual(
				[...phase.now.events].sort()
			);
			for (const li of await events.all()) {
				expect(await li.locator('.when').innerText()).toMatch(/\d{4}/);
				const links = li.locator('.sources a[href]');
				expect(await links.count(), await li.locator('h4').innerText()).toBeGreaterThanOrEqual(1);
				for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
					expect(href).toMatch(/^(https?:\/\/|\/sources#)/);
			}
			expect(
				await section.getByRole('link', { name: 'All events of this phase on the timeline' }).getAttribute('href')
			).toBe(`/timeline?phase=${phase.id}`);
			// The header's link leads to the section.
			await page.getByRole('link', { name: 'What happened next, with sources' }).click();
			expect(new URL(page.url()).hash).toBe('#what-happened-next');
			await page.context().close();
		}
	});

	it('marks the phases before this one in the progress strip by number, never with a tick', async () => {
		const page = await openPage(`/phase/${phases[3].id}`);
		const marks = await page.locator('.progress .n').allInnerTexts();
		expect(marks).toEqual(phases.map((_, i) => String(i + 1)));
		await page.context().close();
	});

	it('serves a real 404 for an unknown phase', async () => {
		const response = await fetch(`${baseUrl()}/phase/no-such-phase`);
		expect(response.status).toBe(404);
	});
});
