// The slice of the content a page needs, so it carries only what it draws (same types, less data).
import type { Content } from './types';

/** One phase of the stepper: its own body and quotes in full; of the other phases, what the strip and diagrams show. */
export function phaseSlice(content: Content, phaseId: string): Content {
	const current = content.phaseById[phaseId];
	const used = new Set([...current.quotes.map((q) => q.quote), ...current.diagrams.flatMap((d) => d.annotations.map((a) => a.quote))]);
	const quotes = content.quotes.filter((q) => used.has(q.id));
	const phases = content.phases.map((p) => ({ ...p, body: p.id === phaseId ? p.body : '', notes: [], questions: [] }));
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
