// The classroom deck in a real browser: clicker keys, the URL, blanking, the notes window in step, fit,
// and the handout.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, newContext, openPage } from './browser';
import { swipeDeck } from './swipe';
import { lessonPlan, phases } from './data';

afterAll(close);

const glossary = JSON.parse(readFileSync(new URL('../../data/glossary.json', import.meta.url), 'utf8')) as unknown[];
/** Title; per phase its slide, its diagram, its discussion and what happened since; the glossary in slides of eight;
 * the sources. */
const slideCount = 1 + 4 * phases.length + Math.ceil(glossary.length / 8) + 1;
/** The "since the talks" slide of the phase at `index`: after the title, four slides a phase, the fourth. */
const sinceSlideOf = (index: number) => 1 + 4 * index + 4;
const stage = { viewport: { width: 1920, height: 1080 } };

const shownSlide = (page: Page) => page.locator('main .slide').getAttribute('data-slide').then(Number);
const urlSlide = (page: Page) => new URL(page.url()).searchParams.get('slide');

async function expectSlide(page: Page, n: number) {
	await page.waitForFunction((n) => document.querySelector('main .slide')?.getAttribute('data-slide') === String(n), n);
	await page.waitForFunction((n) => new URL(location.href).searchParams.get('slide') === String(n), n);
	expect(await shownSlide(page)).toBe(n);
	expect(urlSlide(page)).toBe(String(n));
}

describe('the deck', () => {
	it('moves with the keys clickers send, arrows, space, Home and End, and writes the slide into the URL', async () => {
		const page = await openPage('/present', stage);
		await hydrated(page);
		expect(await shownSlide(page)).toBe(1);
		const moves: [string, number][] = [
			['PageDown', 2],
			['Space', 3],
			['PageUp', 2],
			['ArrowRight', 3],
			['ArrowDown', 4],
			['ArrowLeft', 3],
			['ArrowUp', 2],
			['Shift+Space', 1],
			['PageUp', 1], // nothing before the first slide
			['End', slideCount],
			['PageDown', slideCount], // nor after the last
			['Home', 1]
		];
		for (const [key, n] of moves) {
			await page.keyboard.press(key);
			await expectSlide(page, n);
		}
		expect(await page.title()).toContain(`Slide 1 of ${slideCount}`);
		await page.context().close();
	});

	it(
		'opens the slide a link names, keeps it on reload, ' + 'and falls back to slide 1 for a slide that does not exist',
		async () => {
			const page = await openPage('/present?slide=9', stage);
			await hydrated(page);
			await expectSlide(page, 9);
			await page.keyboard.press('PageDown');
			await expectSlide(page, 10);
			await page.reload();
			await hydrated(page);
			await expectSlide(page, 10);
			// slide 10: phase 3's slide
			expect(await page.locator('main .slide h2').first().innerText()).toBe(phases[2].title);
			for (const bad of ['0', '99', 'five', '2.5']) {
				await page.goto(`${baseUrl()}/present?slide=${bad}`);
				await hydrated(page);
				expect(await shownSlide(page)).toBe(1);
			}
			await page.context().close();
		}
	);

	it('blanks the screen to black with B or the full stop, and shows the slide again', async () => {
		const page = await openPage('/present?slide=2', stage);
		await hydrated(page);
		const colourAtCentre = () =>
			page.evaluate(
				() => getComputedStyle(document.elementFromPoint(960, 540)!.closest('.blank') ?? document.body).backgroundColor
			);
		await page.keyboard.press('b');
		await page.locator('.blank').waitFor();
		expect(await colourAtCentre()).toBe('rgb(0, 0, 0)');
		await page.keyboard.press('b');
		await page.locator('.blank').waitFor({ state: 'detached' });
		expect(await page.locator('main .slide').isVisible()).toBe(true);
		await page.keyboard.press('.');
		await page.locator('.blank').waitFor();
		await page.keyboard.press('.');
		await page.locator('.blank').waitFor({ state: 'detached' });
		await page.context().close();
	});

	it(
		'slides its controls out of view when the mouse is still, ' + 'at full contrast all the way, and back on a move',
		async () => {
			const page = await openPage('/present?slide=2', stage);
			await hydrated(page);
			const controls = page.locator('.controls');
			const top = async () => (await controls.boundingBox())!.y;
			const opacities: string[] = [];
			const sample = setInterval(
				() =>
					void controls
						.evaluate((e) => getComputedStyle(e).opacity)
						.then(
							(o) => opacities.push(o),
							() => {}
						),
				100
			);
			await page.mouse.move(900, 500);
			expect(await top()).toBeLessThan(1080);
			await page.waitForFunction(() => document.querySelector('.controls')!.getBoundingClientRect().top >= 1080, null, {
				timeout: 6000
			});
			clearInterval(sample);
			expect(new Set(opacities)).toEqual(new Set(['1']));
			await page.mouse.move(950, 520);
			await page.waitForFunction(() => document.querySelector('.controls')!.getBoundingClientRect().bottom <= 1080);
			await page.context().close();
		}
	);

	it('moves on with a swipe to the left and back with a swipe to the right', async () => {
		const page = await openPage('/present?slide=3', { ...stage, hasTouch: true });
		await hydrated(page);
		const swipe = (fromX: number, toX: number) => swipeDeck(page, fromX, toX);
		await swipe(1400, 900);
		await expectSlide(page, 4);
		await swipe(900, 1400);
		await expectSlide(page, 3);
		await page.context().close();
	});

	// The diagram slides hold a drawing and its quote notes at 24 px at least: tests/e2e/stage-slides.e2e.ts.
	it('fits every slide inside the 1920×1080 stage, with body text of at least 36 px', async () => {
		const page = await openPage('/present?slide=1', stage);
		await hydrated(page);
		for (let n = 1; n <= slideCount; n++) {
			if (n > 1) await page.keyboard.press('PageDown');
			await expectSlide(page, n);
			const report = await page.evaluate(() => {
				const slide = document.querySelector('main .slide')!;
				const box = slide.getBoundingClientRect();
				const outside: string[] = [];
				for (const el of slide.querySelectorAll('*')) {
					if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue; // a drawing's own clip paths
					const r = el.getBoundingClientRect();
					if (r.width === 0 && r.height === 0) continue;
					if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
						outside.push(`${el.tagName} "${el.textContent?.slice(0, 40)}"`);
				}
				const text = slide.querySelector('.text');
				const overflow = text ? text.scrollHeight - text.clientHeight : 0;
				if (slide.querySelector('.stage-slide')) return { width: box.width, height: box.height, outside, overflow };
				const body = [
					...slide.querySelectorAll(
						'.points li, blockquote p, .discussion li, .glossary-slide dd, .sources-slide li, .subtitle, ' +
							'.since-slide .note, .since-slide .event-title'
					)
				];
				const sizes = body.map((el) => parseFloat(getComputedStyle(el).fontSize));
				return {
					width: box.width,
					height: box.height,
					outside,
					overflow,
					smallest: Math.min(...sizes),
					count: sizes.length
				};
			});
			expect(report, `slide ${n}`).toMatchObject({ width: 1920, height: 1080, outside: [] });
			expect(report.overflow, `slide ${n}: text column overflow`).toBeLessThanOrEqual(1);
			if (!('count' in report)) continue;
			expect(report.count, `slide ${n} has body text`).toBeGreaterThan(0);
			expect(report.smallest, `slide ${n}: body text size`).toBeGreaterThanOrEqual(36);
		}
		await page.context().close();
	});

	it('follows each phase’s discussion with what happened since: both statuses dated, key events sourced', async () => {
		const page = await openPage(`/present?slide=${sinceSlideOf(0)}`, stage);
		await hydrated(page);
		for (const [i, phase] of phases.entries()) {
			if (i > 0) {
				await page.goto(`${baseUrl()}/present?slide=${sinceSlideOf(i)}`);
				await hydrated(page);
			}
			await expectSlide(page, sinceSlideOf(i));
			const slide = page.locator('main .since-slide');
			expect(await slide.locator('.kicker').innerText()).toBe(`Since the talks · Phase ${i + 1} of ${phases.length}`);
			expect(await slide.locator('h2').innerText()).toBe(phase.title);
			expect(await slide.locator('.statuses dt').allInnerTexts()).toEqual([
				'At the talks (5–8 October 2025)',
				'Now (reporting gathered up to 1 July 2026)'
			]);
			expect(await slide.locator('.note').innerText()).toBe(phase.now.note);
			// The key events are the phase's own, each with a source; the slide counts the ones it leaves to the page.
			const events = slide.locator('.events li');
			const shown = await events.evaluateAll((items) => items.map((li) => li.getAttribute('data-event')));
			expect(shown.length).toBeGreaterThan(0);
			for (const id of shown) expect(phase.now.events).toContain(id);
			for (const source of await events.locator('.source').allInnerTexts()) expect(source).toMatch(/\w/);
			const left = phase.now.events.length - shown.length;
			if (left) expect(await slide.locator('.more').innerText()).toMatch(new RegExp(`^${left} more event`));
			else expect(await slide.locator('.more').count()).toBe(0);
		}
		await page.context().close();
	});

	it('goes to a slide whose number is typed, then Enter; a number of no slide leaves it where it is', async () => {
		const page = await openPage('/present?slide=2', stage);
		await hydrated(page);
		await page.keyboard.type('12');
		expect(await page.locator('.typed').innerText()).toBe('Go to slide 12…');
		await page.keyboard.press('Enter');
		await expectSlide(page, 12);
		expect(await page.locator('.typed').count()).toBe(0);
		await page.keyboard.type(String(slideCount + 1));
		await page.keyboard.press('Enter');
		await page.keyboard.type('5');
		await page.keyboard.press('Backspace');
		await page.keyboard.type('7');
		await page.keyboard.press('Enter');
		await expectSlide(page, 7);
	});

	it('opens every slide at a glance with O or Esc, marks the current one, and goes to the one picked', async () => {
		const page = await openPage('/present?slide=3', stage);
		await hydrated(page);
		const overview = page.getByRole('dialog', { name: `All ${slideCount} slides` });
		await page.keyboard.press('o');
		await overview.waitFor();
		const picks = overview.locator('button.pick');
		expect(await picks.count()).toBe(slideCount);
		expect(await overview.locator('.thumb .slide').count()).toBe(slideCount);
		const current = overview.locator('[aria-current="true"]');
		expect(await current.getAttribute('data-slide')).toBe('3');
		// Focus starts on the current slide, so Enter keeps it and Tab moves on.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slide'))).toBe('3');
		// Every thumbnail fits its tile in 16:9.
		const thumb = (await overview.locator('.thumb').first().boundingBox())!;
		expect(thumb.width / thumb.height).toBeCloseTo(16 / 9, 1);
		// Keys do not move the deck behind it; Esc closes it where it was.
		await page.keyboard.press('Escape');
		await overview.waitFor({ state: 'hidden' });
		expect(await shownSlide(page)).toBe(3);

		// Esc opens it too; a click on a tile's picture goes there and closes it.
		await page.keyboard.press('Escape');
		await overview.waitFor();
		await overview
			.locator('li.tile')
			.nth(9)
			.click({ position: { x: 40, y: 30 } });
		await overview.waitFor({ state: 'hidden' });
		await expectSlide(page, 10);

		// From the toolbar's position (brought back by a move of the mouse), and closed again with O.
		await page.mouse.move(600, 500);
		await page.getByRole('button', { name: 'Slide 10 of ' + slideCount + ': see all slides' }).click();
		await overview.waitFor();
		await page.keyboard.press('o');
		await overview.waitFor({ state: 'hidden' });
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 11);
	});

	it('scales the stage to fit a smaller screen, letterboxed', async () => {
		const page = await openPage('/present?slide=4', { viewport: { width: 1280, height: 900 } });
		await hydrated(page);
		const box = await page.locator('main .slide').boundingBox();
		// 1280 / 1920 = 2/3: 1280 × 720, centred in the 900 px height with 90 px bars.
		expect(box!.width).toBeCloseTo(1280, 0);
		expect(box!.height).toBeCloseTo(720, 0);
		expect(box!.y).toBeCloseTo(90, 0);
		await page.context().close();
	});
});

describe('the presenter’s notes window', () => {
	it('opens from the deck and stays in step with it both ways', async () => {
		const deck = await openPage('/present?slide=4', stage);
		await hydrated(deck);
		const [notes] = await Promise.all([
			deck.waitForEvent('popup'),
			deck.getByRole('button', { name: 'Open presenter notes' }).click()
		]);
		await hydrated(notes);
		const position = () => notes.getByTestId('position').innerText().then(Number);
		await notes.waitForFunction(() => document.querySelector('[data-testid="position"]')?.textContent === '4');
		// This slide and the next, the phase's notes and questions (slide 4 is phase 1's discussion).
		expect(await notes.getByTestId('preview-now-showing').getAttribute('data-slide')).toBe('4');
		expect(await notes.getByTestId('preview-next').getAttribute('data-slide')).toBe('5');
		expect(await notes.getByTestId('speaker-notes').locator('h2').innerText()).toContain(phases[0].title);
		expect(await notes.locator('.questions li').count()).toBeGreaterThan(0);

		// The deck moves the notes ...
		await deck.keyboard.press('PageDown');
		await expectSlide(deck, 5);
		await notes.waitForFunction(() => document.querySelector('[data-testid="position"]')?.textContent === '5');
		expect(await position()).toBe(5);
		expect(urlSlide(notes)).toBe('5');

		// A "since the talks" slide brings its own notes, to read out, and its question for the class.
		expect(await notes.getByTestId('speaker-notes').locator('h2').innerText()).toBe(
			`Speaker notes: ${phases[0].title}, since the talks`
		);
		const spoken = await notes.locator('.notes li').allInnerTexts();
		expect(spoken[0]).toMatch(/^At the talks \(5–8 October 2025\) this phase was under negotiation\. /);
		expect(spoken[1]).toBe(`Now (reporting gathered up to 1 July 2026): partly carried out. ${phases[0].now.note}`);
		expect(await notes.locator('.questions li').allInnerTexts()).toEqual([phases[0].now.question]);

		// ... and the notes move the deck: buttons and keys alike, blanking included.
		await notes.getByRole('button', { name: /^Next/ }).click();
		await expectSlide(deck, 6);
		await notes.keyboard.press('PageUp');
		await expectSlide(deck, 5);
		await notes.keyboard.press('End');
		await expectSlide(deck, slideCount);
		await notes.getByRole('button', { name: 'Blank screen' }).click();
		await deck.locator('.blank').waitFor();
		await deck.keyboard.press('b');
		await deck.locator('.blank').waitFor({ state: 'detached' });
		await notes.waitForFunction(
			() => document.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed') === 'false'
		);
		await deck.context().close();
	});

	it('when the browser blocks the window, says so and offers the notes beside the slides or in a new tab', async () => {
		const context = await newContext(stage);
		// What a pop-up blocker does to the page: window.open gives no window.
		await context.addInitScript(() => (window.open = () => null));
		const deck = await context.newPage();
		await deck.goto(baseUrl() + '/present?slide=4');
		await hydrated(deck);
		await deck.getByRole('button', { name: 'Open presenter notes' }).click();
		const alert = deck.getByRole('alert');
		expect(await alert.innerText()).toContain('The browser blocked the notes window.');
		expect(await alert.getByRole('link', { name: 'Open the notes in a new tab' }).getAttribute('href')).toBe(
			'/present/notes?slide=4'
		);

		// Beside the slides: this slide's notes and questions, moving with the deck.
		await alert.getByRole('button', { name: 'Show the notes beside the slides' }).click();
		expect(await deck.getByRole('alert').count()).toBe(0);
		const beside = deck.getByRole('complementary', { name: 'Speaker notes, beside the slides' });
		expect(await beside.getByTestId('speaker-notes').locator('h2').innerText()).toBe(
			`Speaker notes: ${phases[0].title}`
		);
		expect(await beside.locator('.questions li').count()).toBeGreaterThan(0);
		await deck.keyboard.press('ArrowRight');
		await expectSlide(deck, 5);
		expect(await beside.getByTestId('speaker-notes').locator('h2').innerText()).toBe(
			`Speaker notes: ${phases[0].title}, since the talks`
		);
		expect(await beside.locator('.questions li').allInnerTexts()).toEqual([phases[0].now.question]);

		// The slide still fits beside them, whole: the stage keeps 16:9 inside its half.
		const slideBox = (await deck.locator('main .slide').boundingBox())!;
		const notesBox = (await beside.boundingBox())!;
		expect(slideBox.x + slideBox.width).toBeLessThanOrEqual(notesBox.x + 1);
		expect(slideBox.width / slideBox.height).toBeCloseTo(16 / 9, 1);

		// N puts them away and brings them back; so does the toolbar's button.
		await deck.keyboard.press('n');
		expect(await beside.count()).toBe(0);
		await deck.keyboard.press('n');
		expect(await beside.count()).toBe(1);
		const toggle = deck.getByRole('button', { name: 'Notes beside the slides' });
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		await toggle.click();
		expect(await beside.count()).toBe(0);
	});

	it('opens in a new tab from the deck’s message, in step with the deck', async () => {
		const context = await newContext(stage);
		await context.addInitScript(() => (window.open = () => null));
		const deck = await context.newPage();
		await deck.goto(baseUrl() + '/present?slide=2');
		await hydrated(deck);
		await deck.getByRole('button', { name: 'Open presenter notes' }).click();
		const [notes] = await Promise.all([
			context.waitForEvent('page'),
			deck.getByRole('link', { name: 'Open the notes in a new tab' }).click()
		]);
		await hydrated(notes);
		await notes.waitForFunction(() => document.querySelector('[data-testid="position"]')?.textContent === '2');
		await notes.keyboard.press('PageDown');
		await expectSlide(deck, 3);
	});

	it('ignores messages on the channel that are not the deck’s', async () => {
		const deck = await openPage('/present?slide=2', stage);
		await hydrated(deck);
		const stranger = await deck.context().newPage();
		await stranger.goto(`${baseUrl()}/present/handout`);
		await stranger.evaluate((count) => {
			const channel = new BroadcastChannel('gaza-plan-present');
			for (const data of [
				{ app: 'gaza-plan-present', type: 'show', slide: count + 1, blanked: false },
				{ app: 'gaza-plan-present', type: 'show', slide: '6', blanked: false },
				{ app: 'someone-else', type: 'show', slide: 6, blanked: false },
				{ app: 'gaza-plan-present', type: 'show', slide: 6, blanked: true, extra: 1 },
				'show 6'
			])
				channel.postMessage(data);
			channel.postMessage({ app: 'gaza-plan-present', type: 'show', slide: 7, blanked: false }); // the only valid one
		}, slideCount);
		await expectSlide(deck, 7);
		expect(await deck.locator('.blank').count()).toBe(0);
		await deck.context().close();
	});
});

describe('the handout', () => {
	const pages = 1 + phases.length;
	// Printable area at 12 mm margins, in CSS pixels (96 per inch).
	const papers = [
		{ format: 'A4', width: ((210 - 24) / 25.4) * 96, height: ((297 - 24) / 25.4) * 96 },
		{ format: 'Letter', width: ((215.9 - 24) / 25.4) * 96, height: ((279.4 - 24) / 25.4) * 96 }
	] as const;
	const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

	it.each(papers)(
		'prints on $format: a title page, one page for each phase, then the tracker table',
		async ({ format, width, height }) => {
			const page = await openPage('/present/handout', { viewport: { width: Math.floor(width), height: 1000 } });
			await hydrated(page);
			await page.emulateMedia({ media: 'print' });
			const tracker = await page.locator('.handout-tracker').evaluate((el) => el.getBoundingClientRect().height);
			// Rows never split across pages, so the table may need one page more than its height alone.
			const trackerPages = Math.ceil(tracker / height);
			const printed = pdfPages(await page.pdf({ format })) - pages;
			expect(printed).toBeGreaterThanOrEqual(trackerPages);
			expect(printed).toBeLessThanOrEqual(trackerPages + 1);
			await page.context().close();
		}
	);

	it.each(papers)('keeps each page and its diagram inside the printable area of $format', async ({ width, height }) => {
		const page = await openPage('/present/handout', { viewport: { width: Math.floor(width), height: 1000 } });
		await page.emulateMedia({ media: 'print' });
		const boxes = await page.evaluate(() =>
			[...document.querySelectorAll('.handout-page')].map((p) => {
				const box = p.getBoundingClientRect();
				const inside = (el: Element) => {
					const r = el.getBoundingClientRect();
					if (r.width === 0 && r.height === 0) return true; // not rendered (the collapsed text alternative)
					return (
						r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1
					);
				};
				const contents = [...p.querySelectorAll('*')].filter(
					(el) => !el.closest('svg') || el.tagName.toLowerCase() === 'svg'
				);
				return {
					height: box.height,
					width: box.width,
					diagrams: p.querySelectorAll('figure.diagram svg').length,
					diagramsInside: [...p.querySelectorAll('figure.diagram, figure.diagram svg')].every(inside),
					outside: contents.filter((el) => !inside(el)).map((el) => el.tagName + ' ' + el.textContent?.slice(0, 30))
				};
			})
		);
		expect(boxes).toHaveLength(pages);
		for (const [i, box] of boxes.entries()) {
			expect(box.height, `page ${i + 1} height`).toBeLessThanOrEqual(height);
			expect(box.width, `page ${i + 1} width`).toBeLessThanOrEqual(width + 1);
			expect(box.outside, `page ${i + 1}`).toEqual([]);
			if (i > 0) {
				expect(box.diagrams, `page ${i + 1} has its phase's diagram`).toBe(1);
				expect(box.diagramsInside, `page ${i + 1} diagram inside`).toBe(true);
			}
		}
		await page.context().close();
	});

	it('is what printing the deck gives, black on white even in dark mode', async () => {
		const page = await openPage('/present?slide=4', { ...stage, colorScheme: 'dark' });
		await hydrated(page);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.handout-page').count()).toBe(pages);
		expect(await page.locator('.deck').isVisible()).toBe(false);
		const colours = await page
			.locator('.handout-page h2')
			.first()
			.evaluate((h) => {
				const style = getComputedStyle(h);
				return { ink: style.color, paper: getComputedStyle(h.closest('.handout')!).backgroundColor };
			});
		expect(colours).toEqual({ ink: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
		// The diagrams draw with the same tokens: every one of them is the light theme's on paper.
		const tokens = await page
			.locator('.handout figure.diagram')
			.first()
			.evaluate((figure) => {
				const style = getComputedStyle(figure);
				return [
					'--bg',
					'--ink',
					'--card',
					'--future',
					'--neutral-fill',
					'--highlight',
					'--highlight-soft',
					'--accent',
					'--accent-2'
				].map((t) => style.getPropertyValue(t).trim());
			});
		expect(tokens).toEqual([
			'#fff',
			'#000',
			'#f2f2f2',
			'#e9e5db',
			'#bdb8ab',
			'#e8b019',
			'#f7e3a3',
			'#a8461a',
			'#1d4f91'
		]);
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(pages);
		await page.context().close();
	});

	it('is linked from the deck', async () => {
		const page = await openPage('/present', stage);
		expect(await page.getByRole('link', { name: 'Handout' }).getAttribute('href')).toBe('/present/handout');
		await page.context().close();
	});
});

describe('the teacher’s plan and the speaker notes for print', () => {
	// Printable area at 12 mm margins, in CSS pixels (96 per inch), as for the handout.
	const papers = [
		{ format: 'A4', width: ((210 - 24) / 25.4) * 96, height: ((297 - 24) / 25.4) * 96 },
		{ format: 'Letter', width: ((215.9 - 24) / 25.4) * 96, height: ((279.4 - 24) / 25.4) * 96 }
	] as const;
	const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
	const planOf = (index: number) => lessonPlan.find((l) => l.phase === phases[index].id)!;
	/** The first slide of the phase at `index`: its own slide, after the title and four slides for each phase before. */
	const firstSlideOf = (index: number) => 2 + 4 * index;
	/** Words each slide's page must show beneath it: its phase's notes, or what its "since the talks" slide says. */
	const notesOf = (n: number): string[] => {
		const index = Math.floor((n - 2) / 4);
		if (n < 2 || index >= phases.length) return ['No speaker notes for this slide.'];
		const phase = phases[index];
		return n === sinceSlideOf(index) ? [phase.now.note, phase.now.question] : [...phase.notes, ...phase.questions];
	};

	it('shows the current slide’s phase’s plan in the notes window, apart from the notes and questions', async () => {
		const page = await openPage('/present/notes?slide=1', { viewport: { width: 1280, height: 900 } });
		await hydrated(page);
		expect(await page.getByTestId('lesson-plan').count()).toBe(0);
		for (const index of [1, 4]) {
			await page.goto(`${baseUrl()}/present/notes?slide=${firstSlideOf(index) + 1}`);
			await hydrated(page);
			const plan = page.getByRole('region', { name: `Teacher’s plan: ${phases[index].title}` });
			const text = (await plan.innerText()).replace(/\s+/g, ' ');
			expect(text).toContain(`Time: ${planOf(index).minutes} min`);
			for (const words of [...planOf(index).aims, planOf(index).activity.secondary, planOf(index).activity.university])
				expect(text).toContain(words);
			expect(await plan.locator('[data-testid="speaker-notes"], [data-testid="questions"]').count()).toBe(0);
		}
		// From the last slide of one phase to the first of the next, the plan follows.
		await page.goto(`${baseUrl()}/present/notes?slide=${sinceSlideOf(4)}`);
		await hydrated(page);
		expect(await page.getByRole('region', { name: `Teacher’s plan: ${phases[4].title}` }).count()).toBe(1);
		await page.keyboard.press('ArrowRight');
		const next = String(firstSlideOf(5));
		await page.waitForFunction((n) => document.querySelector('[data-testid="position"]')?.textContent === n, next);
		expect(await page.getByRole('region', { name: `Teacher’s plan: ${phases[5].title}` }).count()).toBe(1);
		await page.context().close();
	});

	it('is linked from the notes window and the handout', async () => {
		for (const path of ['/present/notes', '/present/handout']) {
			const page = await openPage(path);
			const link = page.getByRole('link', { name: 'Speaker notes for print' });
			expect(await link.getAttribute('href')).toBe('/present/notes/print');
			await page.context().close();
		}
	});

	it.each(papers)(
		'prints on $format one page for each slide, its notes beneath it, inside the printable area',
		async ({ format, width, height }) => {
			const page = await openPage('/present/notes/print', { viewport: { width: Math.floor(width), height: 1000 } });
			await hydrated(page);
			await page.emulateMedia({ media: 'print' });
			expect(pdfPages(await page.pdf({ format }))).toBe(slideCount);
			const sheets = await page.evaluate(() =>
				[...document.querySelectorAll('.notes-page')].map((p) => {
					const box = p.getBoundingClientRect();
					const inside = (el: Element) => {
						const r = el.getBoundingClientRect();
						if (r.width === 0 && r.height === 0) return true;
						return (
							r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1
						);
					};
					// The slide itself is drawn whole inside its frame: the frame's box is the one to check.
					const contents = [...p.querySelectorAll('*')].filter((el) => !el.closest('.frame') || el.matches('.frame'));
					return {
						n: Number(p.getAttribute('data-slide')),
						height: box.height,
						width: box.width,
						slides: p.querySelectorAll('.frame .slide').length,
						text: (p as HTMLElement).innerText.replace(/\s+/g, ' '),
						plans: p.querySelectorAll('[data-testid="lesson-plan"]').length,
						outside: contents.filter((el) => !inside(el)).map((el) => el.tagName + ' ' + el.textContent?.slice(0, 30))
					};
				})
			);
			expect(sheets.map((s) => s.n)).toEqual(Array.from({ length: slideCount }, (_, i) => i + 1));
			for (const sheet of sheets) {
				const where = `page ${sheet.n}`;
				expect(sheet.height, where).toBeLessThanOrEqual(height);
				expect(sheet.width, where).toBeLessThanOrEqual(width + 1);
				expect(sheet.outside, where).toEqual([]);
				expect(sheet.slides, `${where} draws its slide`).toBe(1);
				for (const words of notesOf(sheet.n)) expect(sheet.text, where).toContain(words.replace(/\s+/g, ' '));
				const index = phases.findIndex((_, i) => firstSlideOf(i) === sheet.n);
				expect(sheet.plans, `${where} has its phase's plan only if it is the phase's first`).toBe(index >= 0 ? 1 : 0);
				if (index >= 0) expect(sheet.text, where).toContain(planOf(index).activity.university);
			}
			await page.context().close();
		}
	);

	it('prints black on white even in dark mode', async () => {
		const page = await openPage('/present/notes/print', { colorScheme: 'dark' });
		await hydrated(page);
		await page.emulateMedia({ media: 'print' });
		const colours = await page
			.locator('.notes-page')
			.nth(1)
			.evaluate((p) => ({
				ink: getComputedStyle(p.querySelector('[data-testid="speaker-notes"] li')!).color,
				paper: getComputedStyle(p).backgroundColor,
				body: getComputedStyle(document.body).backgroundColor,
				slide: getComputedStyle(p.querySelector('.stage')!).backgroundColor
			}));
		expect(colours).toEqual({
			ink: 'rgb(0, 0, 0)',
			paper: 'rgb(255, 255, 255)',
			body: 'rgb(255, 255, 255)',
			slide: 'rgb(255, 255, 255)'
		});
		await page.context().close();
	});
});

describe('the classroom pages', () => {
	const pagesToCheck = [
		'/present?slide=4',
		'/present?slide=15',
		'/present/notes?slide=7',
		'/present/handout',
		'/present/notes/print'
	];

	it.each(pagesToCheck)('%s loads nothing from another origin', async (path) => {
		const page = await openPage('/present/handout');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
		await hydrated(page);
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((url) => new URL(url).origin !== new URL(baseUrl()).origin)).toEqual([]);
		await page.context().close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it.each(pagesToCheck)(`%s has no axe violations in ${colorScheme} mode`, async (path) => {
			const page = await openPage(path, { ...stage, colorScheme });
			await hydrated(page);
			await page.waitForTimeout(200);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			const summary = results.violations.map(
				(v) =>
					`${v.id}: ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 5)
						.join(', ')}`
			);
			expect(summary).toEqual([]);
			await page.context().close();
		});
	}

	it('F asks the browser for full screen, and F again leaves it', async () => {
		const page = await openPage('/present?slide=2', stage);
		await hydrated(page);
		await page.keyboard.press('f');
		await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
		await page.keyboard.press('f');
		await page.waitForFunction(() => document.fullscreenElement === null);
		expect(await shownSlide(page)).toBe(2); // F does not move the deck
		await page.context().close();
	});
});
