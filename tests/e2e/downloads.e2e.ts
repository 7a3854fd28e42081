// The data to download, as a reader gets it from the built site: each table as CSV and JSON, read by a CSV parser, the
// same rows as data/ holds; the list on /sources linking each file; and the link under each diagram on the site.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, close, openPage } from './browser';
import { phases } from './data';

afterAll(close);

const data = <T>(file: string): T[] => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
/** The rows each table should have: a value of every figure, every event, every point of the tracker. */
const expectedRows = {
	figures: data<{ values: unknown[] }>('figures.json').flatMap((f) => f.values).length,
	events: data('events.json').length,
	tracker: data('tracker.json').length
};
const names = Object.keys(expectedRows) as (keyof typeof expectedRows)[];

describe('the files', () => {
	it.each(names)('%s.csv is served as CSV and reads back as a row for each item of data/', async (name) => {
		const response = await fetch(`${baseUrl()}/data/${name}.csv`);
		expect(response.status).toBe(200);
		const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
		expect(rows).toHaveLength(expectedRows[name]);
		// Every row names its sources.
		expect(rows.filter((r) => !r.sources && name !== 'tracker')).toEqual([]);
	});

	it.each(names)('%s.json holds the same rows as the CSV, and what each column means', async (name) => {
		const json = await (await fetch(`${baseUrl()}/data/${name}.json`)).json();
		const csv: Record<string, string>[] = parse(await (await fetch(`${baseUrl()}/data/${name}.csv`)).text(), {
			columns: true
		});
		expect(
			json.rows.map((r: Record<string, unknown>) =>
				Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))
			)
		).toEqual(csv);
		expect(json.columns.every((c: { means: string }) => c.means.length > 0)).toBe(true);
	});
});

describe('where a reader finds them', () => {
	it('/sources lists each table with its CSV and JSON, and each link downloads', async () => {
		const page = await openPage('/sources');
		const section = page.getByRole('region', { name: 'Get the data' });
		const hrefs = await section
			.locator('a[download]')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toEqual(names.flatMap((n) => [`/data/${n}.csv`, `/data/${n}.json`]));
		for (const href of hrefs) expect((await fetch(baseUrl() + href)).status).toBe(200);
		await page.context().close();
	});

	it('/ar/sources lists the Arabic edition’s files, which say what they hold in Arabic', async () => {
		const page = await openPage('/ar/sources');
		const hrefs = await page
			.locator('#data a[download]')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toEqual(names.flatMap((n) => [`/ar/data/${n}.csv`, `/ar/data/${n}.json`]));
		const json = await (await fetch(`${baseUrl()}/ar/data/events.json`)).json();
		expect(json.title).toMatch(/[\u0600-\u06FF]/);
		expect(json.rows).toHaveLength(expectedRows.events);
		expect(json.rows.every((r: { track: string }) => /[\u0600-\u06FF]/.test(r.track))).toBe(true);
		await page.context().close();
	});

	it('each diagram on a phase page links to them from its text alternative', async () => {
		const page = await openPage(`/phase/${phases[0].id}`);
		const links = page.locator('figure.diagram details.text-alternative a', { hasText: 'Get the data' });
		expect(await links.count()).toBe(phases[0].diagrams.length);
		const href = new URL(await links.first().evaluate((a) => (a as HTMLAnchorElement).href));
		expect(href.pathname + href.hash).toBe('/sources#data');
		await page.context().close();
	});
});
