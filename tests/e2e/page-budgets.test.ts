// Unit test of the page-weight budget classes: each kind of built page falls under one, and a new kind under none.
import { describe, expect, it } from 'vitest';
import { budgetOf } from './page-budgets';

describe('budgetOf', () => {
	it.each([
		['index.html', 'stepper page', 84],
		['phase/yellow-line.html', 'stepper page', 84],
		['embed/map/yellow-line.html', 'embed', 5],
		['embed/stepper.html', 'embed', 5],
		['embed.html', 'site page', 80],
		['points.html', 'site page', 80],
		['tracker.html', 'page drawn whole', 5],
		['embed/tracker.html', 'embed', 5],
		['sources.html', 'site page', 80],
		['glossary.html', 'site page', 80],
		['timeline.html', 'page drawn whole', 5],
		['embed/timeline.html', 'embed', 5],
		['embed/timeline/exchange.html', 'embed', 5],
		['present.html', 'deck page', 121],
		['present/notes.html', 'deck page', 121],
		['present/handout.html', 'deck page', 121],
		['present/notes/print.html', 'deck page', 121],
		['ar.html', 'stepper page', 84],
		['he/phase/yellow-line.html', 'stepper page', 84],
		['ar/embed/map/yellow-line.html', 'embed', 5],
		['he/present/notes.html', 'deck page', 121]
	])('%s is a %s, at most %i KB', (page, name, kb) => {
		expect(budgetOf(page)).toMatchObject({ name, kb });
	});

	it('leaves a page of a new kind without a budget, so that its test fails', () => {
		expect(() => budgetOf('atlas.html')).toThrow('atlas.html has no page-weight budget');
		expect(() => budgetOf('phase/yellow-line/print.html')).toThrow('has no page-weight budget');
		expect(() => budgetOf('present/extra.html')).toThrow('has no page-weight budget');
	});
});
