// Turns validated raw files into the indexed Content, rendering markdown with the function it is given.
import type { RawContent } from './schema';
import { withIndexes } from './indexes';
import type { Content } from './types';

export function buildContent(raw: RawContent, renderMarkdown: (md: string) => string): Content {
	const phases = raw['phases.json'].map((p) => ({ ...p, body: renderMarkdown(p.body) }));
	const points = raw['points.json']
		.map((p) => ({ ...p, summary: renderMarkdown(p.summary) }))
		.sort((a, b) => a.number - b.number);
	const glossary = raw['glossary.json']
		.map((g) => ({ ...g, definition: renderMarkdown(g.definition) }))
		.sort((a, b) => a.term.localeCompare(b.term));
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
		figures,
		orderDisputes: raw['order-disputes.json'],
		actors,
		relations: raw['relations.json'],
		governanceChart: raw['governance-chart.json'],
		events: [...raw['events.json']].sort((a, b) => a.date.localeCompare(b.date)),
		glossary,
		places: raw['geo/places.json'],
		lines: raw['geo/lines.json'],
		outline: raw['geo/outline.json']
	});
}
