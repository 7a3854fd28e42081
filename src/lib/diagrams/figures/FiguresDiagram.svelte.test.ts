import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import FiguresDiagram from './FiguresDiagram.svelte';

const content = loadContentForTests();
const state = (focus: string[] = [], annotations: { quote: string; anchor: string }[] = []) => ({
	kind: 'figures' as const,
	focus,
	annotations
});
const rowIds = (container: HTMLElement, selector = '.row') =>
	[...container.querySelectorAll(selector)].map((r) => r.getAttribute('data-figure'));

describe('FiguresDiagram', () => {
	it('draws a row for each disputed or key figure, each value as a lettered mark', () => {
		const { container } = render(FiguresDiagram, { content, state: state(), phaseId: 'x' });
		expect(rowIds(container)).toEqual(
			expect.arrayContaining([
				'killed-7-october',
				'hostages-alive',
				'palestinians-killed',
				'prisoners-total',
				'share-held'
			])
		);
		// hostages-held is drawn inside the hostages-alive row (its axis runs to the 48 held), not as a row of its own.
		expect(rowIds(container)).not.toContain('hostages-held');

		const marks = (id: string) =>
			[...container.querySelectorAll(`.row[data-figure="${id}"] .mark`)].map(
				(m) => m.querySelector('.pill-text')?.textContent
			);
		expect(marks('killed-7-october')).toEqual(['A 1,200', 'B 1,219', 'D 1,139']);
		expect(marks('hostages-alive')).toEqual(['A 28', 'C 20']);
		expect(marks('palestinians-killed')).toEqual(['B 67,139', 'C D 67,160']);
		expect(marks('share-held')).toEqual(['C 25%']);
	});

	it('labels every axis, zoomed ones as such, and gives the reason under the row', () => {
		const { container } = render(FiguresDiagram, { content, state: state(), phaseId: 'x' });
		const row = (id: string) => container.querySelector(`.row[data-figure="${id}"]`)!.textContent!;
		expect(row('killed-7-october')).toMatch(/1,100.*zoomed: not from zero.*1,250/);
		expect(row('killed-7-october')).toContain('Three tallies: Israel');
		expect(row('hostages-alive')).toContain('48 held (A, C)');
		expect(row('hostages-alive')).toContain('A says 20 are dead, C that 20 are alive.');
		expect(row('palestinians-killed')).toMatch(/67,130.*zoomed.*67,170/);
		expect(row('share-held')).toMatch(/0%.*100%/);
		// The legend explains the letters.
		expect(container.querySelector('.legend')?.textContent).toMatch(
			/A\s*Article A.*B\s*Article B.*C\s*Article C.*D\s*Article D/
		);
	});

	it('highlights the rows in focus and mutes the rest, in the same instance as the phase changes', async () => {
		const { container, rerender } = render(FiguresDiagram, { content, state: state(), phaseId: 'a' });
		expect(container.querySelectorAll('.row.is-focus, .row.is-muted')).toHaveLength(0);
		const firstRow = container.querySelector('.row');

		await rerender({ state: state(['palestinians-killed', 'killed-7-october']), phaseId: 'ceasefire-and-aid' });
		expect(rowIds(container, '.row.is-focus').sort()).toEqual(['killed-7-october', 'palestinians-killed']);
		expect(rowIds(container, '.row.is-muted')).toContain('share-held');

		// Focusing the held hostages highlights the row that draws them.
		await rerender({ state: state(['hostages-held', 'prisoners-total']), phaseId: 'exchange' });
		expect(rowIds(container, '.row.is-focus').sort()).toEqual(['hostages-alive', 'prisoners-total']);
		expect(container.querySelector('.row')).toBe(firstRow);
	});

	it('numbers the quotes with markers beside the rows they speak about', () => {
		const annotations = [
			{ quote: 'netanyahu-announced-this-week', anchor: 'hostages-held' },
			{ quote: 'a-hostages-thought-dead', anchor: 'prisoners-total' }
		];
		const { container } = render(FiguresDiagram, { content, state: state([], annotations), phaseId: 'exchange' });
		const markers = [...container.querySelectorAll('svg .annotation-marker')];
		expect(markers.map((m) => m.getAttribute('data-note'))).toEqual(['1', '2']);
		expect(container.querySelectorAll('ol.notes > li')).toHaveLength(2);
	});

	it('tables the figures it draws: each article’s value and the note, row by row', () => {
		const { container } = render(FiguresDiagram, { content, state: state(), phaseId: 'x' });
		const head = [...container.querySelectorAll('.text-alternative thead th')].map((th) => th.textContent);
		expect(head).toEqual(['Figure', 'Article A', 'Article B', 'Article C', 'Article D', 'The plan', 'Note']);
		const tabled = [...container.querySelectorAll('.text-alternative tbody tr')].map((tr) =>
			tr.getAttribute('data-figure')
		);
		const drawn = [...container.querySelectorAll('svg g.row')].map((g) => g.getAttribute('data-figure'));
		// Every drawn row, with the figure a row is drawn within (the 20 alive of 48 held); not the whole ledger.
		expect(tabled).toEqual(expect.arrayContaining(drawn));
		expect(tabled).toContain('hostages-held');
		expect(tabled.length).toBeLessThan(content.figures.length);
		expect(container.querySelector('.text-alternative .table-note')?.textContent).toContain(
			'The sources page lists every figure'
		);
		// An article that gives no such figure reads "not given" to a screen reader; the eye sees a dash.
		const alive = [...container.querySelector('tbody tr[data-figure="hostages-alive"]')!.children].map((c) =>
			c.textContent?.trim()
		);
		expect(alive.slice(1, 5)).toEqual([
			'20 thought to be dead (so 28 alive)',
			'–not given',
			'20 believed to be alive',
			'–not given'
		]);
		expect(alive[6]).toContain('Article A appears to have it backwards');
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.querySelector('title')?.id).toBe(svg.getAttribute('aria-labelledby')!.split(' ')[0]);
	});
});
