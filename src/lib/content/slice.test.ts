import { describe, expect, it } from 'vitest';
import { phaseSlice } from './slice';
import { loadContentForTests } from './test-content';

describe('phaseSlice', () => {
	const content = loadContentForTests();
	const phaseId = content.phases[2].id;
	const slice = phaseSlice(content, phaseId);
	const phase = slice.phaseById[phaseId];

	it('keeps every quote the phase shows or anchors to its diagrams, word for word, and no other', () => {
		const shown = [...phase.quotes.map((q) => q.quote), ...phase.diagrams.flatMap((d) => d.annotations.map((a) => a.quote))];
		for (const id of shown) expect(slice.quoteById[id].text).toBe(content.quoteById[id].text);
		expect(slice.quotes.map((q) => q.id).sort()).toEqual([...new Set(shown)].sort());
	});

	it('keeps the phase in full, and of the others what the progress strip and diagrams show', () => {
		expect(phase.body).toBe(content.phaseById[phaseId].body);
		expect(slice.phases.map((p) => [p.id, p.title, p.condition, p.status])).toEqual(
			content.phases.map((p) => [p.id, p.title, p.condition, p.status])
		);
		expect(slice.phases.filter((p) => p.body).map((p) => p.id)).toEqual([phaseId]);
		expect(slice.pointByNumber[9].title).toBe(content.pointByNumber[9].title);
		expect(slice.figures).toBe(content.figures);
	});

	it('leaves out the classroom notes, the timeline and the glossary', () => {
		expect(slice.phases.every((p) => p.notes.length === 0 && p.questions.length === 0)).toBe(true);
		expect(slice.events).toEqual([]);
		expect(slice.glossary).toEqual([]);
	});

	it('carries the diagrams’ layouts, and leaves behind the raw geography they were worked out from', () => {
		expect(slice.layouts).toBe(content.layouts);
		expect(slice.lines).toEqual([]);
		expect([slice.outline.gaza, slice.outline.israel, slice.outline.egypt]).toEqual([[], [], []]);
	});
});

describe('phaseSlice, per diagram', () => {
	const content = loadContentForTests();
	const withDiagram = (kind: string) => content.phases.find((p) => p.diagrams.some((d) => d.kind === kind))!.id;
	const without = (kind: string) => content.phases.find((p) => p.diagrams.every((d) => d.kind !== kind))!.id;

	it('gives the governance diagram its relations and the actors they name, and nobody else', () => {
		const slice = phaseSlice(content, withDiagram('governance'));
		expect(slice.relations).toEqual(content.relations);
		const named = new Set(content.relations.flatMap((r) => [r.from, r.to]));
		expect(slice.actors.map((a) => a.id).sort()).toEqual([...named].sort());
		for (const id of named) expect(slice.actorById[id].name).toBe(content.actorById[id].name);
		expect(phaseSlice(content, without('governance')).actors).toEqual([]);
	});

	it('gives the ledger to phases that draw figures or the exchange', () => {
		expect(phaseSlice(content, withDiagram('exchange')).figureById['hostages-held']).toBe(content.figureById['hostages-held']);
		const noNumbers = content.phases.find((p) => p.diagrams.every((d) => d.kind !== 'figures' && d.kind !== 'exchange'))!.id;
		expect(phaseSlice(content, noNumbers).figures).toEqual([]);
	});
});
