import { describe, expect, it } from 'vitest';
import { compareDated, endOf, firstDay } from './dates';
import { tracks } from './since-words';
import { statusNowWords } from './status-now-words';
import { loadContentForTests } from './test-content';

const content = loadContentForTests();

describe('buildContent: what happened since the talks', () => {
	it('carries the gathered-up-to date from its one place in data/', () => {
		expect(content.reporting).toEqual({ gatheredUpTo: '2026-07-01' });
	});

	it("dates the phases' talks-time status by the articles' own dates", () => {
		expect(content.talksAsOf).toEqual({ start: '2025-10-05', end: '2025-10-08' });
	});

	it('sorts the events into timeline order and indexes them', () => {
		const order = content.events.map((e) => e.id);
		expect([...content.events].sort(compareDated).map((e) => e.id)).toEqual(order);
		expect(order[0]).toBe('doha-strike');
		expect(order.at(-1)).toBe('cairo-weapons-talks');
		expect(content.eventById['rafah-reopens'].date).toBe('2026-02-02');
	});

	it('has every event from the plan through the gathered-up-to date in one of the five tracks', () => {
		const upTo = content.reporting.gatheredUpTo;
		for (const e of content.events) {
			expect(tracks).toContain(e.track);
			expect(firstDay(endOf(e)) <= upTo).toBe(true);
			expect(e.sources.length).toBeGreaterThan(0);
		}
	});

	it('leaves out what the fact sheet marks "not confirmed"', () => {
		const text = content.events.map((e) => `${e.title} ${e.description} ${e.caveat ?? ''}`).join(' ');
		expect(text).not.toMatch(/70\s?%|60\s?%/);
		expect(text).not.toMatch(/remit/i);
		expect(content.events.some((e) => e.sources.includes('manassa-mladenov'))).toBe(false);
	});

	it('tracks each of the 20 points once, in order, with the date of its latest event computed', () => {
		expect(content.tracker.map((t) => t.point)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		const table = [
			{ point: 1, status: 'nothing-to-track', latest: undefined },
			{ point: 3, status: 'in-force-violated', latest: '2026-05-01' },
			{ point: 4, status: 'done-late', latest: '2026-01-26' },
			{ point: 5, status: 'done', latest: '2026-01-29' },
			{ point: 14, status: 'nothing-to-track', latest: '2025-10-13' },
			{ point: 15, status: 'authorised-not-deployed', latest: '2026-06-30' },
			{ point: 16, status: 'reversed', latest: '2026-05-01' },
			{ point: 18, status: 'no-reporting-found', latest: undefined },
			{ point: 20, status: 'no-reporting-found', latest: undefined }
		];
		for (const { point, status, latest } of table) {
			expect(content.trackerByPoint[point].status).toBe(status);
			expect(content.trackerByPoint[point].latestEventDate).toBe(latest);
		}
	});

	it('gives every phase a status at the talks and a status now, dated by its latest event', () => {
		const now = Object.fromEntries(content.phases.map((p) => [p.id, [p.status, p.now.status, p.now.latestEventDate]]));
		expect(now).toEqual({
			'ceasefire-and-aid': ['under-negotiation', 'partly', '2026-03-19'],
			'yellow-line': ['disputed', 'reversed', '2026-05-01'],
			exchange: ['under-negotiation', 'done-late', '2026-01-29'],
			'board-of-peace': ['disputed', 'formed-not-operating', '2026-07-01'],
			'stabilization-force': ['disputed', 'authorised-not-deployed', '2026-06-30'],
			'political-horizon': ['not-yet-addressed', 'some-steps', '2025-11']
		});
		for (const p of content.phases) expect(statusNowWords[p.now.status].label()).toBeTruthy();
	});

	it('indexes the later reports, with two copies of one AFP story marked as one', () => {
		expect(content.reportById['siasat-icrc']).toMatchObject({ outlet: 'AFP', agency: 'AFP', readOn: 'Siasat Daily' });
		expect(content.reportById['wion-hayya'].sameStoryAs).toBe('trt-hayya');
	});
});
