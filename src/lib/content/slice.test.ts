import { describe, expect, it } from 'vitest';
import { stepperSlice } from './slice';
import { loadContentForTests } from './test-content';

describe('stepperSlice', () => {
	const content = loadContentForTests();
	const slice = stepperSlice(content);

	it('keeps every quote a phase shows or a diagram anchors, and drops the rest', () => {
		for (const phase of slice.phases) {
			for (const entry of phase.quotes) expect(slice.quoteById[entry.quote]?.text).toBe(content.quoteById[entry.quote].text);
			for (const d of phase.diagrams) for (const a of d.annotations) expect(slice.quoteById[a.quote]).toBeDefined();
		}
		expect(slice.quotes.length).toBeLessThan(content.quotes.length);
	});

	it('keeps what the stepper shows of each phase and point', () => {
		expect(slice.phases.map((p) => [p.id, p.title, p.body])).toEqual(content.phases.map((p) => [p.id, p.title, p.body]));
		expect(slice.points.map((p) => p.title)).toEqual(content.points.map((p) => p.title));
		expect(slice.pointByNumber[9].title).toBe(content.pointByNumber[9].title);
	});

	it('leaves out the classroom notes, the timeline and the glossary', () => {
		expect(slice.phases.every((p) => p.notes.length === 0 && p.questions.length === 0)).toBe(true);
		expect(slice.events).toEqual([]);
		expect(slice.glossary).toEqual([]);
	});
});
