// What a reader gets from the governance chart, drawn from the fixture content: boxes with short names and what is
// written inside them, the arrows, the phase's focus, the numbered quotes and the table of relations.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers, draw, phaseDrawing } from '../makers';
import GovernanceDiagram from './GovernanceDiagram.svelte';

const content = loadFixtureContent();
const makers = diagramMakers(content);
/** The phase's chart, as its page draws it: phase two focuses on the board, phase three on the force and police. */
function drawingAt(phaseId: string) {
	return phaseDrawing(makers, content, phaseId, 'governance', 'with-notes')!;
}
/** The chart with no focus and no notes: what a phase that draws it plainly would show. */
const unfocused = draw(
	makers.governance,
	{ kind: 'governance', focus: [], annotations: [] },
	{ content, phaseId: 'phase-one', notes: 'with-notes' }
);
/** The words of a drawn text block: its lines (tspans) joined with spaces. */
const words = (el: Element | null | undefined) =>
	[...(el?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' ');
const actor = (container: HTMLElement, id: string) => container.querySelector(`g.actor[data-actor="${id}"]`)!;
const statesOf = (container: HTMLElement, selector: string, attr: string) =>
	Object.fromEntries(
		[...container.querySelectorAll(selector)].map((g) => [g.getAttribute(attr), g.getAttribute('data-state')])
	);
/** Each marker as drawn: its number, where its circle is, and where its leader ends. */
const drawnMarkers = (container: HTMLElement) =>
	[...container.querySelectorAll('svg .annotation-marker')].map((g) => {
		const circle = g.querySelector('circle:not(.dot)')!;
		const leader = g.querySelector('line');
		return {
			n: Number(g.querySelector('text')?.textContent),
			x: Number(circle.getAttribute('cx')),
			y: Number(circle.getAttribute('cy')),
			r: Number(circle.getAttribute('r')),
			...(leader && { target: { x: Number(leader.getAttribute('x2')), y: Number(leader.getAttribute('y2')) } })
		};
	});

describe('GovernanceDiagram', () => {
	it('draws the rows with their short names, the person inside a box, and the top row’s roles', () => {
		const { container } = render(GovernanceDiagram, { drawing: unfocused });
		expect([...container.querySelectorAll('g.actor .name')].map(words)).toEqual([
			'North',
			'South',
			'Fixture board',
			'Fixture party',
			'Fixture force',
			'Fixture police'
		]);
		expect(words(actor(container, 'fixture-board').querySelector('.detail'))).toBe('Chair: chairs (fixture)');
		expect(words(actor(container, 'guarantor-north').querySelector('.detail'))).toBe('guarantor');
		expect(words(actor(container, 'fixture-police').querySelector('.detail'))).toBe('fixture subtitle');
		expect(actor(container, 'fixture-force').querySelector('.detail')).toBeNull();
		expect(words(container.querySelector('.tier-caption'))).toBe('Fixture guarantors');
	});

	it('shows the excluded party by shape and words, not colour alone', () => {
		const { container } = render(GovernanceDiagram, { drawing: unfocused });
		const party = actor(container, 'fixture-party');
		expect(party.classList.contains('excluded')).toBe(true);
		expect(party.querySelectorAll('line.strike')).toHaveLength(1);
		expect(words(party.querySelector('.detail'))).toBe('no fixture role (pt 13)');
		expect(container.querySelectorAll('g.actor.excluded')).toHaveLength(1);
		expect(container.querySelector('g.relation.kind-excludes path')?.getAttribute('marker-end')).toMatch(/-bar\)$/);
	});

	it('draws each relation once: an arrow with its label and head, the guarantors’ bundled from the top row', () => {
		const drawing = unfocused;
		const { container } = render(GovernanceDiagram, { drawing });
		const edges = [...container.querySelectorAll('g.relation')];
		expect(edges.map((g) => g.getAttribute('data-relation'))).toEqual(drawing.layout.edges.map((e) => e.id));
		expect(edges.map((g) => g.getAttribute('data-relation')).sort()).toEqual([
			'fixture-board>fixture-force>oversees',
			'fixture-board>fixture-party>excludes',
			'fixture-force>fixture-police>trains',
			'top-tier>fixture-party>guarantees'
		]);
		expect(edges.map((g) => g.querySelector('path')?.getAttribute('d'))).toEqual(
			drawing.layout.edges.map((e) => e.path)
		);
		expect(edges.every((g) => g.querySelector('path')?.getAttribute('marker-end')?.startsWith('url(#'))).toBe(true);
		expect(edges.map((g) => words(g.querySelector('.edge-label'))).filter(Boolean)).toEqual([
			'fixture guarantee',
			'fixture oversight',
			'fixture training'
		]);
	});

	it('moves the focus from phase to phase in the same drawing', async () => {
		const { container, rerender } = render(GovernanceDiagram, { drawing: drawingAt('phase-two') });
		const focused = () => [...container.querySelectorAll('g.actor.is-focus')].map((g) => g.getAttribute('data-actor'));
		expect(focused()).toEqual(['fixture-board', 'fixture-party']);
		expect(container.querySelectorAll('g.actor.is-muted')).toHaveLength(4);
		const board = actor(container, 'fixture-board');

		await rerender({ drawing: drawingAt('phase-three') });
		expect(focused()).toEqual(['fixture-force', 'fixture-police']);
		expect(actor(container, 'fixture-board')).toBe(board);
		expect(board.getAttribute('data-state')).toBe('muted');
		expect(statesOf(container, 'g.relation', 'data-relation')).toEqual({
			'top-tier>fixture-party>guarantees': 'muted',
			'fixture-board>fixture-party>excludes': 'muted',
			'fixture-board>fixture-force>oversees': 'focus',
			'fixture-force>fixture-police>trains': 'focus'
		});
		expect(container.querySelector('svg')?.getAttribute('data-phase')).toBe('phase-three');

		await rerender({ drawing: unfocused });
		expect(Object.values(statesOf(container, 'g.actor', 'data-actor')).every((s) => s === 'normal')).toBe(true);
	});

	it('puts a numbered marker on the box each quote speaks about, a person’s on the box they sit in', () => {
		const drawing = drawingAt('phase-two');
		const { container } = render(GovernanceDiagram, { drawing });
		expect(drawnMarkers(container)).toEqual(drawing.markers);
		const [first, second] = drawnMarkers(container);
		// Note 1 speaks about the board: on its box's top-right corner. Note 2 about its chair, who sits inside the
		// board's box: on its other corner, pulled into the drawing.
		const board = actor(container, 'fixture-board').querySelector('rect')!;
		const [x, y, width] = ['x', 'y', 'width'].map((a) => Number(board.getAttribute(a)));
		expect(first).toEqual({ n: 1, x: x + width, y, r: 12 });
		expect(second).toMatchObject({ n: 2, y: y - 5 });
		expect(second.x).toBeLessThan(x + 12 + 6);
		const notes = [...container.querySelectorAll('ol.notes > li')];
		expect(notes.map((li) => li.querySelector('blockquote')?.textContent)).toEqual([
			'“A fixture organisation reports that the fixture board would oversee the fixture force.”',
			'“Fixture words: the opening phase begins when both fixture sides agree.”'
		]);
		expect(notes[1].querySelector('figcaption')?.textContent).toContain('In their own words');
	});

	it('is an image labelled by its title and description, with a table of every relation', () => {
		const drawing = drawingAt('phase-two');
		const { container } = render(GovernanceDiagram, { drawing });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${drawing.layout.height}`);
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent?.trim()).toMatch(/^The plan’s governance/);
		expect(container.querySelector(`#${descId}`)?.textContent).toBe(drawing.description);
		expect(drawing.description).toContain('Highlighted at this phase: Fixture board, Fixture party.');
		expect([...container.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
			'From',
			'Relation',
			'To',
			'Plan point'
		]);
		const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
		expect(rows).toEqual([
			['Fixture guarantor North', 'fixture guarantee', 'Fixture party', '— (not in the plan’s text)'],
			['Fixture guarantor South', 'fixture guarantee', 'Fixture party', '— (not in the plan’s text)'],
			['Fixture Chair Person', 'chairs (fixture)', 'Fixture board', '9'],
			['Fixture board', 'no fixture role (pt 13)', 'Fixture party', '13'],
			['Fixture board', 'fixture oversight', 'Fixture force', '9'],
			['Fixture force', 'fixture training', 'Fixture police', '15']
		]);
	});
});
