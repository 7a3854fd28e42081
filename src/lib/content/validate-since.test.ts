import { describe, expect, it } from 'vitest';
import { readDataFolder } from './test-content';
import { ContentError, validateContent } from './validate';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The real data with one fault put in by `spoil`. */
function spoiled(spoil: (data: Json) => void): Json {
	const data = structuredClone(readDataFolder());
	spoil(data);
	return data;
}

function issuesOf(data: Json): string {
	try {
		validateContent(data);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).message;
	}
	throw new Error('validation passed but should have failed');
}

const real = readDataFolder() as Json;
const eventAt = (id: string) => real['events.json'].findIndex((e: Json) => e.id === id);
const trackerAt = (point: number) => real['tracker.json'].findIndex((t: Json) => t.point === point);
const reportAt = (id: string) => real['reports.json'].findIndex((r: Json) => r.id === id);
const figureAt = (id: string) => real['figures.json'].findIndex((f: Json) => f.id === id);
const phaseAt = (id: string) => real['phases.json'].findIndex((p: Json) => p.id === id);

const last = eventAt('cairo-weapons-talks');
const rafah = eventAt('rafah-reopens');
const three = trackerAt(3);
const share = figureAt('israeli-held-share');

describe('validateContent: what happened after the talks', () => {
	it('finds every event, report and tracker entry it needs in the real data/', () => {
		expect(real['reporting.json'].gatheredUpTo).toBe('2026-07-01');
		expect([last, rafah, three, share, reportAt('trt-hayya')].every((i) => i >= 0)).toBe(true);
	});

	const cases: { name: string; spoil: (d: Json) => void; message: string }[] = [
		{
			name: 'an event after the gathered-up-to date',
			spoil: (d) => {
				d['events.json'][rafah].date = '2026-07-02';
				delete d['events.json'][rafah].end;
			},
			message:
				`data/events.json at [${rafah}].date: expected an event dated on or before the gathered-up-to ` +
				`date 2026-07-01 (reporting.json); found 2026-07-02`
		},
		{
			name: 'a period that runs past the gathered-up-to date',
			spoil: (d) => (d['events.json'][last].end = '2026-08'),
			message:
				`data/events.json at [${last}].end: expected an event dated on or before the gathered-up-to ` +
				`date 2026-07-01 (reporting.json); found 2026-08`
		},
		{
			name: 'a period whose end is before its start',
			spoil: (d) => (d['events.json'][last].end = '2026-06-29'),
			message: `data/events.json at [${last}].end: expected an end after the start 2026-06-30 (found 2026-06-29)`
		},
		{
			name: 'a date that is not a real day',
			spoil: (d) => (d['events.json'][rafah].date = '2026-02-30'),
			message:
				`data/events.json at [${rafah}].date: expected a real date as YYYY-MM-DD, a month as YYYY-MM ` +
				`or a year as YYYY`
		},
		{
			name: 'an event citing an unknown source',
			spoil: (d) => (d['events.json'][rafah].sources[0] = 'siasat-daily'),
			message:
				`data/events.json at [${rafah}].sources[0]: expected an article id (sources.json) or a ` +
				`report id (reports.json) that exists (found "siasat-daily")`
		},
		{
			name: 'an event citing an outlet by name instead of an id',
			spoil: (d) => (d['events.json'][rafah].sources = ['Hürriyet Daily News']),
			message: `data/events.json at [${rafah}].sources[0]: expected a lower-case id such as "yellow-line"`
		},
		{
			name: 'an event citing no source',
			spoil: (d) => (d['events.json'][rafah].sources = []),
			message: `data/events.json at [${rafah}].sources: expected at least one source`
		},
		{
			name: 'an event citing a report published before it happened',
			spoil: (d) => (d['events.json'][last].sources = ['trt-1968']),
			message:
				`data/events.json at [${last}].sources[0]: expected a source published on or after the ` +
				`event's start 2026-06-30 ("trt-1968" is dated 2025-10-13)`
		},
		{
			name: 'an event in no known track',
			spoil: (d) => (d['events.json'][rafah].track = 'economy'),
			message:
				`data/events.json at [${rafah}].track: expected one of "diplomacy-governance", "hostages-prisoners", ` +
				`"aid-crossings", "lines-security", "casualties-violations"`
		},
		{
			name: 'an event naming an unknown phase',
			spoil: (d) => (d['events.json'][rafah].phases = ['phase-nine']),
			message: `data/events.json at [${rafah}].phases[0]: expected a phase id that exists (found "phase-nine")`
		},
		{
			name: 'an event naming a point outside the 20',
			spoil: (d) => (d['events.json'][rafah].points = [21]),
			message: `data/events.json at [${rafah}].points[0]: expected a number of at most 20`
		},
		{
			name: 'a tracker status outside the set',
			spoil: (d) => (d['tracker.json'][three].status = 'finished'),
			message: `data/tracker.json at [${three}].status: expected one of "done", "done-late", "in-force-violated"`
		},
		{
			name: 'a tracker status resting on no event',
			spoil: (d) => (d['tracker.json'][three].events = []),
			message:
				`data/tracker.json at [${three}].events: expected at least one event that status "in-force-violated" ` +
				`rests on (only "nothing-to-track" and "no-reporting-found" may have none)`
		},
		{
			name: '"no reporting found" resting on events',
			spoil: (d) => (d['tracker.json'][trackerAt(18)].events = ['sharm-summit']),
			message:
				`data/tracker.json at [${trackerAt(18)}].events: expected no events for status "no-reporting-found" ` +
				`(found 1); or another status`
		},
		{
			name: 'a tracker entry resting on an unknown event',
			spoil: (d) => (d['tracker.json'][three].events = ['a-ceasefire-that-never-was']),
			message:
				`data/tracker.json at [${three}].events[0]: expected an event id (events.json) that exists ` +
				`(found "a-ceasefire-that-never-was")`
		},
		{
			name: 'a point missing from the tracker',
			spoil: (d) => (d['tracker.json'] = d['tracker.json'].filter((t: Json) => t.point !== 7)),
			message: "data/tracker.json at (root): expected an entry for point 7 of the plan's 20"
		},
		{
			name: 'a point tracked twice',
			spoil: (d) => (d['tracker.json'][three].point = 4),
			message: `data/tracker.json at [${trackerAt(4)}].point: expected a unique point (4 is used twice)`
		},
		{
			name: 'a tracker entry for a point that does not exist',
			spoil: (d) => (d['tracker.json'][three].point = 21),
			message: `data/tracker.json at [${three}].point: expected a number of at most 20`
		},
		{
			name: "a phase's status now resting on no event",
			spoil: (d) => (d['phases.json'][phaseAt('exchange')].now.events = []),
			message:
				`data/phases.json at [${phaseAt('exchange')}].now.events: expected at least one event that ` +
				`status "done-late" rests on`
		},
		{
			name: 'a status at the talks outside the set',
			spoil: (d) => (d['phases.json'][phaseAt('exchange')].status = 'stalled'),
			message:
				`data/phases.json at [${phaseAt('exchange')}].status: expected one of "agreed", "under-negotiation", ` +
				`"disputed", "not-yet-addressed"`
		},
		{
			name: "a phase's status now resting on an event of another phase",
			spoil: (d) => d['phases.json'][phaseAt('exchange')].now.events.push('rafah-reopens'),
			message:
				`data/phases.json at [${phaseAt('exchange')}].now.events[6]: expected an event whose "phases" ` +
				`(events.json) include "exchange" ("rafah-reopens" concerns ceasefire-and-aid)`
		},
		{
			name: "a phase's status now without its question for the class",
			spoil: (d) => delete d['phases.json'][phaseAt('exchange')].now.question,
			message: `data/phases.json at [${phaseAt('exchange')}].now.question: expected string, got undefined`
		},
		{
			name: 'a phase without its status now',
			spoil: (d) => delete d['phases.json'][0].now,
			message: 'data/phases.json at [0].now: expected object, got undefined'
		},
		{
			name: 'a figure value citing an unknown report',
			spoil: (d) => (d['figures.json'][share].values[0].reports = ['ynet-maps']),
			message:
				`data/figures.json at [${share}].values[0].reports[0]: expected a report id (reports.json) ` +
				`that exists (found "ynet-maps")`
		},
		{
			name: 'a figure value citing both an article and a report',
			spoil: (d) => (d['figures.json'][share].values[0].source = 'article-c'),
			message:
				`data/figures.json at [${share}].values[0]: expected exactly one kind of source: an article ` +
				`"source", the plan's "planPoint" or later "reports"`
		},
		{
			name: 'a reported figure that does not say whose it is',
			spoil: (d) => delete d['figures.json'][share].values[0].by,
			message:
				`data/figures.json at [${share}].values[0].by: expected "by" (whose figure it is) with ` +
				`"reports", and only with them`
		},
		{
			name: 'a figure dated after the gathered-up-to date',
			spoil: (d) => (d['figures.json'][share].values[0].date = '2026-08'),
			message:
				`data/figures.json at [${share}].values[0].date: expected a figure dated on or before the ` +
				`gathered-up-to date 2026-07-01 (reporting.json); found 2026-08`
		},
		{
			name: 'a figure dated on a day that does not exist',
			spoil: (d) => (d['figures.json'][share].values[0].date = '2025-02-30'),
			message:
				`data/figures.json at [${share}].values[0].date: expected a real date as YYYY-MM-DD, a month as ` +
				`YYYY-MM or a year as YYYY`
		},
		{
			name: 'reported figures that differ without a note',
			spoil: (d) => delete d['figures.json'][share].note,
			message: `data/figures.json at [${share}].note: expected a note saying why the sources differ`
		},
		{
			name: 'a report dated after the gathered-up-to date',
			spoil: (d) => (d['reports.json'][reportAt('israelhayom-storage')].date = '2026-07-02'),
			message:
				`data/reports.json at [${reportAt('israelhayom-storage')}].date: expected a report dated ` +
				`on or before the gathered-up-to date 2026-07-01 (reporting.json); found 2026-07-02`
		},
		{
			name: 'a report that is neither dated nor says why',
			spoil: (d) => delete d['reports.json'][reportAt('dawn')].dateNote,
			message:
				`data/reports.json at [${reportAt('dawn')}].date: expected a "date", or a "dateNote" saying ` +
				`why there is none`
		},
		{
			name: 'a report whose address is not a web address',
			spoil: (d) => (d['reports.json'][reportAt('dawn')].url = 'javascript:alert(1)'),
			message: `data/reports.json at [${reportAt('dawn')}].url: expected an http(s) address`
		},
		{
			name: 'a report weak for an unknown reason',
			spoil: (d) => (d['reports.json'][reportAt('dawn')].weak = ['biased']),
			message:
				`data/reports.json at [${reportAt('dawn')}].weak[0]: expected one of "single-source", "mirror", ` +
				`"opinion", "reliability-unclear"`
		},
		{
			name: "a report with an article's id",
			spoil: (d) => (d['reports.json'][reportAt('dawn')].id = 'article-c'),
			message:
				`data/reports.json at [${reportAt('dawn')}].id: expected an id that no article in sources.json ` +
				`has ("article-c" is an article's)`
		},
		{
			name: "a copy of another agency's story",
			spoil: (d) => (d['reports.json'][reportAt('wion-hayya')].sameStoryAs = 'ap-trucks'),
			message:
				`data/reports.json at [${reportAt('wion-hayya')}].sameStoryAs: expected a copy of the same ` + `agency's story`
		},
		{
			name: 'a gathered-up-to date that is not a real day',
			spoil: (d) => (d['reporting.json'].gatheredUpTo = '2026-07'),
			message: 'data/reporting.json at gatheredUpTo: expected a real date as YYYY-MM-DD'
		},
		{
			name: 'no gathered-up-to date',
			spoil: (d) => delete d['reporting.json'],
			message: 'data/reporting.json at (root): expected the file to exist'
		}
	];

	it.each(cases)('stops on $name, naming the file, the path and what was expected', ({ spoil, message }) => {
		expect(issuesOf(spoiled(spoil))).toContain(message);
	});
});
