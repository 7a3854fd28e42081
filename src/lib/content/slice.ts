// The slice of the content a view needs, so a page carries only what it draws (same types, less data).
import type { Content } from './types';

/** Quotes the phases show or anchor to a diagram, and the figures cite. */
function quotesInUse(content: Content): Set<string> {
	const ids = new Set<string>();
	for (const phase of content.phases) {
		for (const entry of phase.quotes) ids.add(entry.quote);
		for (const diagram of phase.diagrams) for (const a of diagram.annotations) ids.add(a.quote);
	}
	for (const figure of content.figures) for (const value of figure.values) if (value.quote) ids.add(value.quote);
	return ids;
}

/** The stepper draws phases, their diagrams and quotes; it has no use for the timeline, glossary or classroom notes. */
export function stepperSlice(content: Content): Content {
	const used = quotesInUse(content);
	const quotes = content.quotes.filter((q) => used.has(q.id));
	const phases = content.phases.map((p) => ({ ...p, notes: [], questions: [] }));
	const points = content.points.map((p) => ({ ...p, summary: '', keyFigures: [] }));
	return {
		...content,
		quotes,
		phases,
		points,
		events: [],
		glossary: [],
		quoteById: Object.fromEntries(quotes.map((q) => [q.id, q])),
		phaseById: Object.fromEntries(phases.map((p) => [p.id, p])),
		pointByNumber: Object.fromEntries(points.map((p) => [p.number, p]))
	};
}
