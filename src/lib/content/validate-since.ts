// The rules for what happened after the talks: nothing dated after the gathered-up-to date (reports, events, figures),
// periods that end after they start, every event, status and figure citing sources that exist, and every status
// resting on the events it needs.
import { endOf, endsAfterStart, firstDay, lastDay, type Dated } from './dates';
import { implementationStatuses, type ImplementationStatus } from './since-words';
import type { FileName, RawContent } from './schema';

type Known = Set<string | number>;

/** The helpers validateContent checks everything with. */
export interface Checks {
	at: (file: FileName, path: string, expected: string) => void;
	ids: <T>(file: FileName, items: T[], key: (item: T) => string | number, what?: string) => Known;
	ref: (known: Known, file: FileName, path: string, value: string | number, what: string) => void;
}

const SOURCE = 'an article id (sources.json) or a report id (reports.json)';

export function checkSince(
	content: RawContent,
	known: { sources: Known; points: Known; phases: Known },
	{ at, ids, ref }: Checks
): void {
	const upTo = content['reporting.json'].gatheredUpTo;
	const reports = content['reports.json'];
	const reportIds = ids('reports.json', reports, (r) => r.id);
	const events = content['events.json'];
	const eventIds = new Set(events.map((e) => e.id));
	const citable: Known = new Set([...known.sources, ...reportIds]);
	const datedSource = new Map<string, Dated>([
		...content['sources.json'].map((s) => [s.id, { date: s.date }] as const),
		...reports.flatMap((r) => (r.date ? [[r.id, { date: r.date, end: r.end }] as const] : []))
	]);

	function checkDating(file: FileName, path: string, item: Dated, what: string) {
		if (!endsAfterStart(item)) at(file, `${path}.end`, `an end after the start ${item.date} (found ${item.end})`);
		if (firstDay(endOf(item)) > upTo)
			at(
				file,
				`${path}.${item.end ? 'end' : 'date'}`,
				`${what} on or before the gathered-up-to date ${upTo} (reporting.json); found ${endOf(item)}`
			);
	}

	reports.forEach((r, i) => {
		if (known.sources.has(r.id))
			at('reports.json', `[${i}].id`, `an id that no article in sources.json has ("${r.id}" is an article's)`);
		if (r.date) checkDating('reports.json', `[${i}]`, { date: r.date, end: r.end }, 'a report dated');
		if (r.sameStoryAs !== undefined) {
			const other = reports.find((o) => o.id === r.sameStoryAs);
			if (!other || other.id === r.id)
				at('reports.json', `[${i}].sameStoryAs`, `another report's id (found "${r.sameStoryAs}")`);
			else if (!r.agency || other.agency !== r.agency)
				at('reports.json', `[${i}].sameStoryAs`, `a copy of the same agency's story (both with one "agency")`);
		}
	});

	events.forEach((e, i) => {
		const path = `[${i}]`;
		checkDating('events.json', path, e, 'an event dated');
		e.points.forEach((n, j) => ref(known.points, 'events.json', `${path}.points[${j}]`, n, 'a point number'));
		e.phases.forEach((p, j) => ref(known.phases, 'events.json', `${path}.phases[${j}]`, p, 'a phase id'));
		e.sources.forEach((s, j) => {
			ref(citable, 'events.json', `${path}.sources[${j}]`, s, SOURCE);
			const published = datedSource.get(s);
			if (published && lastDay(endOf(published)) < firstDay(e.date))
				at(
					'events.json',
					`${path}.sources[${j}]`,
					`a source published on or after the event's start ${e.date} ("${s}" is dated ${endOf(published)})`
				);
		});
	});

	/** A status rests on the events it needs: at least one, none, or either, as its definition says. */
	function checkResting(file: FileName, path: string, status: ImplementationStatus, rests: string[]) {
		rests.forEach((id, j) => ref(eventIds, file, `${path}.events[${j}]`, id, 'an event id (events.json)'));
		const rule = implementationStatuses[status].events;
		if (rule === 'required' && rests.length === 0)
			at(
				file,
				`${path}.events`,
				`at least one event that status "${status}" rests on (only "nothing-to-track" and "no-reporting-found" ` +
					`may have none)`
			);
		if (rule === 'none' && rests.length > 0)
			at(file, `${path}.events`, `no events for status "${status}" (found ${rests.length}); or another status`);
	}

	const tracker = content['tracker.json'];
	const tracked = ids('tracker.json', tracker, (t) => t.point, 'point');
	tracker.forEach((t, i) => {
		ref(known.points, 'tracker.json', `[${i}].point`, t.point, 'a point number');
		checkResting('tracker.json', `[${i}]`, t.status, t.events);
	});
	for (let n = 1; n <= 20; n++) if (!tracked.has(n)) at('tracker.json', '', `an entry for point ${n} of the plan's 20`);

	content['phases.json'].forEach((phase, i) => {
		checkResting('phases.json', `[${i}].now`, phase.now.status, phase.now.events);
		// The phase page links to the timeline filtered by phase: the events it cites must be among those shown there.
		phase.now.events.forEach((id, j) => {
			const event = events.find((e) => e.id === id);
			// An event naming an unknown phase is reported once, above.
			const phasesKnown = event?.phases.every((p) => known.phases.has(p));
			if (event && phasesKnown && !event.phases.includes(phase.id))
				at(
					'phases.json',
					`[${i}].now.events[${j}]`,
					`an event whose "phases" (events.json) include "${phase.id}" ` +
						`("${id}" concerns ${event.phases.join(', ') || 'no phase'})`
				);
		});
	});

	content['figures.json'].forEach((f, i) =>
		f.values.forEach((v, j) => {
			v.reports?.forEach((r, k) =>
				ref(reportIds, 'figures.json', `[${i}].values[${j}].reports[${k}]`, r, 'a report id (reports.json)')
			);
			if (v.date) checkDating('figures.json', `[${i}].values[${j}]`, { date: v.date }, 'a figure dated');
		})
	);
}
