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
});
