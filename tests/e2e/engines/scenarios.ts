// The smoke scenarios every engine runs, written once: the stepper by keys and clicks, a deep link, the deck, an
// embed sized by pym.js, and no page error anywhere. Selectors are what a reader sees: URLs, headings, link text.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { phases } from '../data';
import { startParentServer } from '../parent-pages';
import type { Engine } from './engine';
import { failures, startFailingPage } from './failing-page';

const titles = phases.map((p) => p.title);
const poll = { timeout: 15_000, interval: 100 };

/** Registers the scenarios for one engine. The engine starts with the first test, so a missing browser fails each. */
export function engineScenarios(start: () => Promise<Engine>) {
	let started: Promise<Engine> | undefined;
	const engine = () => (started ??= start());
	afterAll(async () => {
		await (await started?.catch(() => undefined))?.close();
	});

	const site = async () => engine().then((e) => e.reach(inject('baseUrl')));

	async function hydrated(e: Engine) {
		await expect
			.poll(() => e.evaluate(() => document.body?.dataset.hydrated === 'true'), {
				...poll,
				message: 'the page hydrated (body[data-hydrated="true"])'
			})
			.toBe(true);
	}

	/** The level-2 headings on the page that are a phase's title: the phase shown, and nothing else. */
	const phaseHeadings = async (e: Engine) =>
		(await e.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent?.trim() ?? ''))).filter(
			(text) => titles.includes(text)
		);

	/** The phase's URL, and its title as the page's phase heading. */
	async function expectPhase(e: Engine, index: number) {
		await expect.poll(async () => new URL(await e.url()).pathname, poll).toBe(`/phase/${phases[index].id}`);
		await expect.poll(() => phaseHeadings(e), poll).toEqual([phases[index].title]);
	}

	/** A test that also fails on any uncaught exception or unhandled rejection in the pages it visits. */
	function scenario(name: string, body: (e: Engine) => Promise<void>) {
		it(name, async () => {
			const e = await engine();
			await e.takePageErrors(); // only this scenario's
			let failure: unknown;
			try {
				await body(e);
			} catch (error) {
				failure = error;
			}
			const errors = await e.takePageErrors();
			if (failure) {
				if (errors.length && failure instanceof Error) failure.message += `\nPage errors:\n${errors.join('\n')}`;
				throw failure;
			}
			expect(errors, 'page errors').toEqual([]);
		});
	}

	describe('the stepper', () => {
		scenario('steps with the arrow keys and the Next link, and back', async (e) => {
			await e.goto(`${await site()}/`);
			await hydrated(e);
			expect(await phaseHeadings(e)).toEqual([phases[0].title]);
			await e.press('ArrowRight');
			await expectPhase(e, 1);
			await e.clickLink(/^Next\b/);
			await expectPhase(e, 2);
			await e.press('ArrowLeft');
			await expectPhase(e, 1);
		});

		scenario('opens a deep link on its phase, with its diagrams drawn', async (e) => {
			const index = phases.findIndex((p) => p.id === 'board-of-peace');
			await e.goto(`${await site()}/phase/${phases[index].id}`);
			await expectPhase(e, index);
			await hydrated(e);
			const drawn = await e.evaluate(
				() =>
					[...document.querySelectorAll('figure svg')].filter((svg) => {
						const box = svg.getBoundingClientRect();
						return box.width > 50 && box.height > 50;
					}).length
			);
			expect(drawn).toBeGreaterThanOrEqual(phases[index].diagrams.length);
		});
	});

	describe('the deck', () => {
		scenario('moves on with the right arrow and Page Down, and says so in the URL and the title', async (e) => {
			await e.goto(`${await site()}/present`);
			await hydrated(e);
			for (const [key, slide] of [
				['ArrowRight', 2],
				['PageDown', 3]
			] as const) {
				await e.press(key);
				await expect.poll(async () => new URL(await e.url()).searchParams.get('slide'), poll).toBe(String(slide));
				await expect.poll(() => e.evaluate(() => document.title), poll).toMatch(new RegExp(`Slide ${slide} of \\d+`));
			}
		});
	});

	describe('an embed in an article', () => {
		scenario('is sized to its content by the pym.js parent', async (e) => {
			const parents = await startParentServer();
			try {
				const mapPhase = phases.find((p) => p.diagrams.some((d) => d.kind === 'map'))!;
				const embed = `${await site()}/embed/map/${mapPhase.id}`;
				const parent = await e.reach(parents.origin);
				await e.goto(parents.url('pym', [embed]).replace(parents.origin, parent));
				const heights = async () => {
					try {
						const iframe = await e.evaluate(
							(src) => document.querySelector(`iframe[src^="${src}"]`)?.getBoundingClientRect().height ?? 0,
							embed
						);
						const content = await e.evaluateInFrame(embed, () =>
							document.readyState === 'complete' ? document.documentElement.getBoundingClientRect().height : -1
						);
						return { iframe, content };
					} catch {
						return { iframe: 0, content: -1 }; // the iframe is not there yet
					}
				};
				await expect
					.poll(async () => {
						const { iframe, content } = await heights();
						return Math.abs(iframe - content);
					}, poll)
					.toBeLessThanOrEqual(4);
				// Several hundred pixels: the map's, not pym's default 150.
				expect((await heights()).iframe).toBeGreaterThan(300);
			} finally {
				await parents.close();
			}
		});
	});

	describe('page errors', () => {
		it('are seen in the page and in its frames, from the first script on', async () => {
			const e = await engine();
			const failing = await startFailingPage();
			try {
				await e.takePageErrors();
				await e.goto(`${await e.reach(failing.origin)}/`);
				const seen: string[] = [];
				await expect
					.poll(async () => {
						seen.push(...(await e.takePageErrors()));
						return failures.filter((words) => seen.some((s) => s.includes(`engines check: ${words}`)));
					}, poll)
					.toEqual([...failures]);
			} finally {
				await failing.close();
			}
		});
	});
}
