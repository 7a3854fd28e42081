// The datasets to download, from the fixture content: a row for every figure value, event and point, their sources
// written out; and the CSV read back by a CSV parser gives the same rows, commas, quotes and line breaks included.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { datasets, type Dataset } from './datasets';
import { csvOf, jsonOf } from './table-files';

const content = loadFixtureContent();
const all = datasets(content);

describe('datasets', () => {
	it('has a row for every figure value, every event and every point of the tracker', () => {
		expect(all.figures.rows).toHaveLength(content.figures.flatMap((f) => f.values).length);
		expect(all.events.rows).toHaveLength(content.events.length);
		expect(all.tracker.rows).toHaveLength(content.tracker.length);
	});

	it('gives every row a value for every column, and no column it does not document', () => {
		for (const d of Object.values(all))
			for (const row of d.rows) expect(Object.keys(row)).toEqual(d.columns.map((c) => c.name));
	});

	it('writes out each event’s sources as outlet and date, with the addresses of the later reports', () => {
		const event = content.events.find((e) => e.sources.some((id) => content.reportById[id]?.url))!;
		const row = all.events.rows.find((r) => r.id === event.id)!;
		const reports = event.sources.flatMap((id) => content.reportById[id] ?? []);
		for (const r of reports) {
			expect(String(row.sources)).toContain(r.outlet);
			expect(String(row.source_urls).split(' ')).toContain(r.url);
		}
	});

	it('names each point’s status in words, and the latest event it rests on', () => {
		const [first] = content.tracker;
		const row = all.tracker.rows.find((r) => r.point === first.point)!;
		expect(row.title).toBe(content.pointByNumber[first.point].title);
		expect(row.latest_event).toBe(first.latestEventDate ?? '');
		expect(String(row.status_words).length).toBeGreaterThan(0);
	});
});

describe('the files', () => {
	const readBack = (d: Dataset) => parse(csvOf(d), { columns: true, cast: false }) as Record<string, string>[];

	it.each(Object.values(all))('the CSV of $name reads back as the same rows', (d) => {
		expect(readBack(d)).toEqual(
			d.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])))
		);
	});

	it('quotes a cell with a comma, a quotation mark or a line break', () => {
		const tricky: Dataset = {
			...all.events,
			rows: [{ ...all.events.rows[0], title: 'A "quoted", two-line\ntitle' }]
		};
		expect(readBack(tricky)[0].title).toBe('A "quoted", two-line\ntitle');
	});

	it('gives the JSON its columns with their meanings and every row', () => {
		const json = JSON.parse(jsonOf(all.tracker));
		expect(json.columns.map((c: { name: string }) => c.name)).toContain('status_words');
		expect(json.rows).toHaveLength(content.tracker.length);
	});
});

describe('an edition’s datasets', () => {
	const arabic = datasets(content, 'ar');

	it('say what each table and column is in the edition’s language, the columns still named as in English', () => {
		expect(arabic.events.title).toBe('ما حدث منذ الخطة، حدثاً حدثاً');
		expect(arabic.events.columns.map((c) => c.name)).toEqual(all.events.columns.map((c) => c.name));
		for (const d of Object.values(arabic)) for (const c of d.columns) expect(c.means).toMatch(/[\u0600-\u06FF]/);
	});

	it('name each event’s lane in the edition’s language', () => {
		const row = arabic.events.rows.find((r) => r.id === content.events[0].id)!;
		expect(all.events.rows[0].track).toMatch(/^[A-Z]/);
		expect(row.track).toMatch(/[\u0600-\u06FF]/);
	});
});
