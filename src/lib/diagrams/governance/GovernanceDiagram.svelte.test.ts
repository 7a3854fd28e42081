import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import GovernanceDiagram from './GovernanceDiagram.svelte';

const content = loadContentForTests();
const state = (focus: string[] = [], annotations: { quote: string; anchor: string }[] = []) => ({
	kind: 'governance' as const,
	focus,
	annotations
});
/** The words of a drawn text block: its lines (tspans) joined with spaces. */
const words = (el: Element | null | undefined) =>
	[...(el?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' ');
const actor = (container: HTMLElement, id: string) => container.querySelector(`g.actor[data-actor="${id}"]`)!;
const statesOf = (container: HTMLElement, selector: string, attr: string) =>
	Object.fromEntries(
		[...container.querySelectorAll(selector)].map((g) => [g.getAttribute(attr), g.getAttribute('data-state')])
	);

describe('GovernanceDiagram', () => {
	it('draws the tiers with short names, the Board’s chair and member, and the partners the force consults', () => {
		const { container } = render(GovernanceDiagram, { content, state: state(), phaseId: 'board-of-peace' });
		const names = [...container.querySelectorAll('g.actor .name')].map(words);
		expect(names).toEqual([
			'US',
			'Egypt',
			'Qatar',
			'Turkey',
			'Board of Peace',
			'Hamas',
			'Technocratic committee',
			'Palestinian Authority',
			'Israel',
			'ISF',
			'United Nations',
			'Palestinian police'
		]);
		expect(words(actor(container, 'board-of-peace').querySelector('.detail'))).toBe(
			'Trump: chairs Blair: named as a member'
		);
		expect(words(actor(container, 'isf').querySelector('.detail'))).toContain(
			'Egypt, Jordan: consulted on police training'
		);
		expect(words(actor(container, 'egypt').querySelector('.detail'))).toBe('mediator guarantor');
		expect(words(actor(container, 'united-states').querySelector('.detail'))).toBe('guarantor');
	});

	it('shows Hamas excluded by shape and words, not colour alone', () => {
		const { container } = render(GovernanceDiagram, { content, state: state(), phaseId: 'board-of-peace' });
		const hamas = actor(container, 'hamas');
		expect(hamas.classList.contains('excluded')).toBe(true);
		expect(hamas.querySelectorAll('line.strike')).toHaveLength(1);
		expect(words(hamas.querySelector('.detail'))).toBe('no role in governing (pt 13)');
		expect(container.querySelector('g.relation.kind-excludes path')?.getAttribute('marker-end')).toMatch(/-bar\)$/);
	});

	it('draws each relation once: an edge with its label and an arrowhead, guarantors and mediators bundled', () => {
		const { container } = render(GovernanceDiagram, { content, state: state(), phaseId: 'board-of-peace' });
		const edges = [...container.querySelectorAll('g.relation')];
		expect(edges.map((g) => g.getAttribute('data-relation')).sort()).toEqual([
			'board-of-peace>hamas>excludes',
			'board-of-peace>palestinian-authority>hands-over-to',
			'board-of-peace>technocratic-committee>oversees',
			'isf>palestinian-police>trains',
			'israel>isf>hands-over-to',
			'top-tier>hamas>guarantees',
			'top-tier>hamas>mediates'
		]);
		expect(edges.every((g) => g.querySelector('path')?.getAttribute('marker-end')?.startsWith('url(#'))).toBe(true);
		const labels = edges.map((g) => words(g.querySelector('.edge-label'))).filter(Boolean);
		expect(labels).toEqual(
			expect.arrayContaining([
				'hands back control once reform is complete',
				'guarantee (signed 13 Oct, after the articles)',
				'mediate talks with Israel',
				'hands over ground as the ISF takes control'
			])
		);
	});

	it('moves the focus from phase to phase in the same drawing', async () => {
		const { container, rerender } = render(GovernanceDiagram, {
			content,
			state: state(['board-of-peace', 'technocratic-committee', 'hamas']),
			phaseId: 'board-of-peace'
		});
		const focused = () => [...container.querySelectorAll('g.actor.is-focus')].map((g) => g.getAttribute('data-actor'));
		expect(focused()).toEqual(['board-of-peace', 'hamas', 'technocratic-committee']);
		expect(container.querySelectorAll('g.actor.is-muted')).toHaveLength(9);
		const board = actor(container, 'board-of-peace');

		await rerender({ state: state(['isf', 'palestinian-police', 'egypt', 'jordan']), phaseId: 'stabilization-force' });
		expect(focused()).toEqual(['egypt', 'isf', 'palestinian-police']);
		expect(actor(container, 'board-of-peace')).toBe(board);
		expect(board.getAttribute('data-state')).toBe('muted');
		expect(statesOf(container, 'g.relation', 'data-relation')['isf>palestinian-police>trains']).toBe('focus');
		expect(
			statesOf(container, 'g.relation', 'data-relation')['board-of-peace>palestinian-authority>hands-over-to']
		).toBe('muted');

		await rerender({ state: state(), phaseId: 'political-horizon' });
		expect(Object.values(statesOf(container, 'g.actor', 'data-actor')).every((s) => s === 'normal')).toBe(true);
	});

	it('puts a numbered marker on the box each quote speaks about, a person’s on the box they sit in', () => {
		const annotations = [
			{ quote: 'c-no-disarmament-timescale', anchor: 'palestinian-authority' },
			{ quote: 'guterres-permanent-ceasefire', anchor: 'united-nations' },
			{ quote: 'trump-positive-discussions', anchor: 'trump' }
		];
		const { container } = render(GovernanceDiagram, {
			content,
			state: state([], annotations),
			phaseId: 'political-horizon'
		});
		const markers = [...container.querySelectorAll('.annotation-marker')];
		expect(markers.map((m) => m.getAttribute('data-note'))).toEqual(['1', '2', '3']);
		const board = actor(container, 'board-of-peace').querySelector('rect')!;
		const trump = markers[2].querySelector('circle')!;
		// Top-right corner of the Board's box.
		expect(Number(trump.getAttribute('cx'))).toBe(
			Number(board.getAttribute('x')) + Number(board.getAttribute('width'))
		);
		expect(trump.getAttribute('cy')).toBe(board.getAttribute('y'));
		expect(container.querySelectorAll('ol.notes li')).toHaveLength(3);
	});

	it('is an image labelled by its title and description, with a table of every relation', () => {
		const { container } = render(GovernanceDiagram, { content, state: state(['hamas']), phaseId: 'board-of-peace' });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toMatch(/^0 0 400 \d+(\.\d+)?$/);
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent).toMatch(/governance/);
		expect(container.querySelector(`#${descId}`)?.textContent).toContain('Highlighted at this phase: Hamas.');
		expect([...container.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
			'From',
			'Relation',
			'To',
			'Plan point'
		]);
		const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
		expect(rows).toHaveLength(content.relations.length);
		expect(rows).toContainEqual(['Donald Trump', 'chairs', 'Board of Peace', '9']);
		expect(rows).toContainEqual([
			'United States',
			'guarantee (signed 13 Oct, after the articles)',
			'Hamas',
			'— (not in the plan’s text)'
		]);
	});
});
