// Turns validated raw files into the indexed Content, rendering markdown with the function it is given.
import type { RawContent } from './schema';
import { compareDated, latestEventDate } from './dates';
import { withIndexes } from './indexes';
import type { Content, TalksAsOf } from './types';

/** language: the edition's, for the order of its glossary. */
export function buildContent(raw: RawContent, renderMarkdown: (md: string) => string, language = 'en'): Content {
	const events = raw['events.json']
		.map((e, i) => ({ e, i }))
		.sort((a, b) => compareDated(a.e, b.e) || a.i - b.i)
		.map(({ e }) => e);
	const eventById = Object.fromEntries(events.map((e) => [e.id, e]));
	/** The date of the latest event a status rests on: computed here, never stored in data/. */
	const latest = (ids: string[]) => ({ latestEventDate: latestEventDate(ids.map((id) => eventById[id])) });

	const phases = raw['phases.json'].map((p) => ({
		...p,
		body: renderMarkdown(p.body),
		now: { ...p.now, ...latest(p.now.events) }
	}));
	const points = raw['points.json']
		.map((p) => ({ ...p, summary: renderMarkdown(p.summary) }))
		.sort((a, b) => a.number - b.number);
	const glossary = raw['glossary.json']
		.map((g) => ({ ...g, definition: renderMarkdown(g.definition) }))
		.sort((a, b) => a.term.localeCompare(b.term, language));
	const tracker = raw['tracker.json'].map((t) => ({ ...t, ...latest(t.events) })).sort((a, b) => a.point - b.point);
	const sources = raw['sources.json'];
	const quotes = raw['quotes.json'];
	const figures = raw['figures.json'];
	const actors = raw['actors.json'];
	return withIndexes({
		sources,
		quotes,
		themes: raw['themes.json'],
		points,
		phases,
		lessonPlanByPhase: Object.fromEntries(raw['lesson-plan.json'].map((l) => [l.phase, l])),
		figures,
		orderDisputes: raw['order-disputes.json'],
		actors,
		relations: raw['relations.json'],
		governanceChart: raw['governance-chart.json'],
		events,
		reporting: raw['reporting.json'],
		talksAsOf: talksAsOf(sources),
		reports: raw['reports.json'],
		tracker,
		glossary,
		places: raw['geo/places.json'],
		lines: raw['geo/lines.json'],
		outline: raw['geo/outline.json']
	});
}

/** The span of the articles' dates, which the phases' talks-time status speaks for. */
export function talksAsOf(sources: { date: string }[]): TalksAsOf {
	const dates = sources.map((s) => s.date).sort();
	return { start: dates[0], end: dates[dates.length - 1] };
}
