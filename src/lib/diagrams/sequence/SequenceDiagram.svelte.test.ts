import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import SequenceDiagram from './SequenceDiagram.svelte';

const content = loadContentForTests();
const ids = content.phases.map((p) => p.id);
const state = (annotations: { quote: string; anchor: string }[] = []) => ({ kind: 'sequence' as const, annotations });
/** The words of a drawn text block: its lines (tspans) joined with spaces. */
const words = (el: Element | null | undefined) =>
	[...(el?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' ');
const phaseStates = (container: HTMLElement) =>
	[...container.querySelectorAll('g.phase')].map((g) => [g.getAttribute('data-phase'), g.getAttribute('data-state')]);

describe('SequenceDiagram', () => {
	it('draws every phase in order with its number, title, status tag and the trigger on the arrow into it', () => {
		const { container } = render(SequenceDiagram, { content, state: state(), phaseId: ids[0] });
		const boxes = [...container.querySelectorAll('g.phase')];
		expect(boxes.map((g) => g.getAttribute('data-phase'))).toEqual(ids);
		boxes.forEach((g, i) => {
			const phase = content.phases[i];
			expect(g.querySelector('.number-text')?.textContent).toBe(String(i + 1));
			expect(words(g.querySelector('.title'))).toBe(phase.title);
			expect(g.querySelector('.tag-text')?.textContent?.trim()).toBe(phase.status.replace(/-/g, ' '));
		});
		const triggers = [...container.querySelectorAll('g.connector')].map((g) => words(g.querySelector('.trigger')));
		expect(triggers).toEqual(content.phases.map((p) => p.condition));
	});

	it('marks earlier phases done with a check, the current one highlighted, later ones to come', async () => {
		const { container, rerender } = render(SequenceDiagram, { content, state: state(), phaseId: 'exchange' });
		expect(phaseStates(container)).toEqual(ids.map((id, i) => [id, i < 2 ? 'past' : i === 2 ? 'current' : 'future']));
		expect(container.querySelectorAll('.is-current.phase')).toHaveLength(1);
		expect(container.querySelectorAll('.is-past.phase .check')).toHaveLength(2);
		expect(container.querySelector('.connector.is-current')?.getAttribute('data-into')).toBe('exchange');
		const box = container.querySelector('g.phase[data-phase="political-horizon"]');
		const pointer = container.querySelector<SVGGElement>('.pointer')!;
		const before = pointer.style.transform;

		// The reader steps on: the same elements change class, and the pointer slides (a CSS transform) to the new phase.
		await rerender({ phaseId: 'political-horizon' });
		expect(container.querySelector('g.phase[data-phase="political-horizon"]')).toBe(box);
		expect(box?.getAttribute('data-state')).toBe('current');
		expect(container.querySelectorAll('.is-past.phase')).toHaveLength(ids.length - 1);
		expect(pointer.style.transform).not.toBe(before);
		expect(container.querySelector('svg')?.getAttribute('data-phase')).toBe('political-horizon');
	});

	it('shows where the reporting swaps the pull-back and the exchange, as a crossed pair of arrows with its note', () => {
		const { container } = render(SequenceDiagram, { content, state: state(), phaseId: 'yellow-line' });
		const crossed = container.querySelector('[data-into="exchange"]')!;
		expect(crossed.querySelectorAll('path[data-order]')).toHaveLength(2);
		expect(container.querySelectorAll('path[data-order]')).toHaveLength(2);
		const notes = [...container.querySelectorAll('.order-note')].map((g) =>
			[...g.querySelectorAll('.statement')].map(words).join(' | ')
		);
		expect(notes[0]).toContain(
			'Order as reported: Rubio (Article C): captives first, then pull-back to the yellow line'
		);
		expect(notes[0]).toContain('Plan, point 3: pull-back first, to prepare for the hostages’ release');
		expect(notes[1]).toContain('Order as reported (Article C): ISF after troops withdraw');
		expect(notes[1]).toContain('Plan, point 16: withdrawal in stages as the ISF takes control');
	});

	it('numbers the quotes: a marker beside the phase each one speaks about, and the notes below', () => {
		const annotations = [
			{ quote: 'rubio-two-phases', anchor: 'exchange' },
			{ quote: 'wadephul-first-phase', anchor: 'ceasefire-and-aid' }
		];
		const { container } = render(SequenceDiagram, { content, state: state(annotations), phaseId: 'yellow-line' });
		const markers = [...container.querySelectorAll('.annotation-marker')];
		expect(markers.map((m) => m.getAttribute('data-note'))).toEqual(['2', '1']);
		expect(markers.every((m) => m.querySelector('line'))).toBe(true);
		const notes = container.querySelectorAll('ol.notes li');
		expect(notes).toHaveLength(2);
		expect(notes[0].textContent).toContain('First, the Israeli captives would be released by Hamas');
	});

	it('is an image labelled by its title and description, with a table of the phases', () => {
		const { container } = render(SequenceDiagram, { content, state: state(), phaseId: 'board-of-peace' });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toMatch(/^0 0 400 \d+(\.\d+)?$/);
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent).toMatch(/phases in order/);
		expect(container.querySelector(`#${descId}`)?.textContent).toContain(`phase 4 of ${ids.length}`);
		const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
		expect(headers).toEqual(['Order', 'Phase', 'Trigger', 'Depends on', 'Status']);
		const rows = container.querySelectorAll('tbody tr');
		expect(rows).toHaveLength(ids.length);
		expect(rows[3].classList.contains('current')).toBe(true);
		expect(rows[2].textContent).toContain('1. Ceasefire and aid; 2. Pull-back to the yellow line');
	});
});
