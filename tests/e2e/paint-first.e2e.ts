// A reader on a slow phone sees the prerendered page before the app's scripts are fetched: the first frame is
// painted, then the scripts are requested, and the page still comes alive (hydrates) after that.
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, hydrated, newContext } from './browser';
import { phases } from './data';

afterAll(close);

const pages = ['/', `/phase/${phases[1].id}`, '/present', '/points'];

describe('first paint before scripts', () => {
	it.each(pages)('%s paints, then fetches its scripts, then hydrates', async (route) => {
		const context = await newContext({ viewport: { width: 375, height: 800 } });
		// When the first frame with a body is painted, recorded before any of the page's own scripts run.
		await context.addInitScript(() => {
			const w = window as unknown as { firstFrameAt?: number };
			const frame = () => (document.body ? (w.firstFrameAt = performance.now()) : requestAnimationFrame(frame));
			requestAnimationFrame(frame);
		});
		const page = await context.newPage();
		const response = await page.goto(baseUrl() + route);
		expect(await response!.text()).not.toMatch(/<link[^>]*rel="modulepreload"/);
		await hydrated(page);
		const { firstFrameAt, scriptsFrom } = await page.evaluate(() => ({
			firstFrameAt: (window as unknown as { firstFrameAt: number }).firstFrameAt,
			scriptsFrom: performance
				.getEntriesByType('resource')
				.filter((e) => /\/_app\/immutable\/.*\.js$/.test(e.name))
				.map((e) => e.startTime)
		}));
		expect(scriptsFrom.length).toBeGreaterThan(3);
		expect(Math.min(...scriptsFrom)).toBeGreaterThanOrEqual(firstFrameAt);
		await context.close();
	});
});
