// What a reader gets from the sequence, drawn from the fixture content: the phases in order, where they are, the
// crossed arrows where the reporting swaps two phases, the numbered quotes and the table.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers, phaseDrawing, type NotesShown } from '../makers';
import SequenceDiagram from './SequenceDiagram.svelte';

const content = loadFixtureContent();
const makers = diagramMakers(content);
/** The phase's sequence, as its page draws it. */
function drawingAt(phaseId: string, notes: NotesShown = 'with-notes') {
	return phaseDrawing(makers, content, phaseId, 'sequence', notes)!;
}
/** The words of a drawn text block: its lines (tspans) joined with spaces. */
const words = (el: Element | null | undefined) =>
	[...(el?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' ');
const phaseStates = (container: HTMLElement) =>
	[...container.querySelectorAll('g.phase')].map((g) => [g.getAttribute('data-phase'), g.getAttribute('data-state')]);
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

describe('SequenceDiagram', () => {
	it('draws every phase in order with its number, title, status tag and the condition on the arrow into it', () => {
		const { container } = render(SequenceDiagram, { drawing: drawingAt('phase-one') });
		const boxes = [...container.querySelectorAll('g.phase')];
		expect(boxes.map((g) => g.getAttribute('data-phase'))).toEqual(['phase-one', 'phase-two', 'phase-three']);
		expect(boxes.map((g) => g.querySelector('.number-text')?.textContent)).toEqual(['1', '2', '3']);
		expect(boxes.map((g) => words(g.querySelector('.title')))).toEqual([
			'Fixture phase one',
			'Fixture phase two',
			'Fixture phase three'
		]);
		expect(boxes.map((g) => words(g.querySelector('.tag-text')))).toEqual([
			'agreed',
			'under negotiation',
			'not yet addressed'
		]);
		const conditions = [...container.querySelectorAll('g.connector')].map((g) => words(g.querySelector('.trigger')));
		expect(conditions).toEqual(['Fixture condition one', 'Fixture condition two', 'Fixture condition three']);
	});

	it(
		'marks earlier phases done with a check, the current one highlighted, ' + 'later ones to come, in one drawing',
		async () => {
			const { container, rerender } = render(SequenceDiagram, { drawing: drawingAt('phase-one') });
			expect(phaseStates(container)).toEqual([
				['phase-one', 'current'],
				['phase-two', 'future'],
				['phase-three', 'future']
			]);
			const box = container.querySelector('g.phase[data-phase="phase-two"]');
			const pointer = container.querySelector<SVGGElement>('.pointer')!;
			const before = pointer.style.transform;

			// The reader steps on: the same elements change class, and the pointer slides (a CSS transform) to the new phase.
			await rerender({ drawing: drawingAt('phase-two') });
			expect(container.querySelector('g.phase[data-phase="phase-two"]')).toBe(box);
			expect(container.querySelector('.pointer')).toBe(pointer);
			expect(phaseStates(container)).toEqual([
				['phase-one', 'past'],
				['phase-two', 'current'],
				['phase-three', 'future']
			]);
			expect(container.querySelectorAll('.is-current.phase')).toHaveLength(1);
			expect(container.querySelectorAll('.is-past.phase .check')).toHaveLength(1);
			expect(container.querySelector('.connector.is-current')?.getAttribute('data-into')).toBe('phase-two');
			expect(pointer.style.transform).not.toBe(before);
			expect(pointer.style.transform).toBe(`translate(0px, ${drawingAt('phase-two').layout.boxes[1].circle.cy}px)`);
			expect(container.querySelector('svg')?.getAttribute('data-phase')).toBe('phase-two');
		}
	);

	it('shows where the reporting swaps two phases, as a crossed pair of arrows with its note', () => {
		const { container } = render(SequenceDiagram, { drawing: drawingAt('phase-one') });
		const crossed = container.querySelector('g.connector[data-into="phase-two"]')!;
		expect([...crossed.querySelectorAll('path[data-order]')].map((p) => p.getAttribute('data-order'))).toEqual([
			'plan',
			'reported'
		]);
		expect(container.querySelectorAll('path[data-order]')).toHaveLength(2);
		const notes = [...container.querySelectorAll('.order-note')].map((g) =>
			[...g.querySelectorAll('.statement')].map(words)
		);
		expect(notes).toEqual([['Fixture order as reported: phase two first', 'Fixture plan, point 3: phase one first']]);
	});

	it(
		'numbers the quotes: a marker beside the phase each speaks about, ' + 'where the drawing placed it, and the notes',
		() => {
			const drawing = drawingAt('phase-two');
			const { container } = render(SequenceDiagram, { drawing });
			// Note 2 speaks about phase one, note 1 about phase three: top to bottom, 2 comes first.
			expect(drawnMarkers(container)).toEqual(drawing.markers);
			expect(drawnMarkers(container).map((m) => m.n)).toEqual([2, 1]);
			expect(drawnMarkers(container).every((m) => m.target)).toBe(true);
			const notes = [...container.querySelectorAll('ol.notes > li')];
			expect(notes.map((li) => li.querySelector('.n')?.textContent)).toEqual(['1', '2']);
			expect(notes[0].querySelector('blockquote')?.textContent).toBe(
				'“A fixture organisation reports that the fixture board would oversee the fixture force.”'
			);
			expect(notes[1].querySelector('blockquote')?.textContent).toBe(
				'“Fixture quote: the fixture line runs where the fixture map draws it.”'
			);
		}
	);

	it('draws no markers and no notes where the page shows its quotes otherwise (a slide)', () => {
		const { container } = render(SequenceDiagram, { drawing: drawingAt('phase-two', 'without-notes') });
		expect(container.querySelectorAll('.annotation-marker')).toHaveLength(0);
		expect(container.querySelector('ol.notes')).toBeNull();
	});

	it('is an image labelled by its title and description, with a table of the phases', () => {
		const drawing = drawingAt('phase-two');
		const { container } = render(SequenceDiagram, { drawing });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${drawing.layout.height}`);
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent).toBe(
			'The plan’s phases in order, with the condition that starts each'
		);
		expect(container.querySelector(`#${descId}`)?.textContent).toBe(drawing.description);
		expect(drawing.description).toContain('This page is at phase 2 of 3, Fixture phase two.');
		const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
		expect(headers).toEqual(['Order', 'Phase', 'Trigger', 'Depends on', 'Status']);
		const rows = [...container.querySelectorAll('tbody tr')];
		expect(rows.map((tr) => [...tr.children].map((c) => c.textContent?.trim()))).toEqual([
			[
				'1',
				'Fixture phase one',
				'Fixture trigger of fixture phase one',
				'—',
				'agreed: Fixture status note of fixture phase one.'
			],
			[
				'2',
				'Fixture phase two',
				'Fixture trigger of fixture phase two',
				'1. Fixture phase one',
				'under negotiation: Fixture status note of fixture phase two.'
			],
			[
				'3',
				'Fixture phase three',
				'Fixture trigger of fixture phase three',
				'1. Fixture phase one; 2. Fixture phase two',
				'not yet addressed: Fixture status note of fixture phase three.'
			]
		]);
		expect(rows.map((tr) => tr.classList.contains('current'))).toEqual([false, true, false]);
	});

	it('draws the stage layout with the same component: two columns, numbers of 24, pointer in its column', async () => {
		const stage = diagramMakers(content, 'stage');
		const at = (phaseId: string) => phaseDrawing(stage, content, phaseId, 'sequence', 'with-notes')!;
		const { container, rerender } = render(SequenceDiagram, { drawing: at('phase-two') });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('viewBox')).toBe(`0 0 1100 ${at('phase-two').layout.height}`);
		// The circles' numbers and the check take their sizes from the layout, not from the page's styles.
		expect(svg.style.getPropertyValue('--number-size')).toBe('24px');
		expect(svg.style.getPropertyValue('--check-size')).toBe('26px');
		expect(svg.querySelector('g.phase .frame')?.getAttribute('rx')).toBe('10');
		expect(svg.querySelector('g.phase .tag')?.getAttribute('rx')).toBe('16');
		// The swapped pair stays in the first column; the third phase starts the second, reached by the flow's bend.
		const lefts = [...svg.querySelectorAll('g.phase .frame')].map((r) => Number(r.getAttribute('x')));
		expect(lefts).toEqual([24, 24, 574]);
		const bend = svg.querySelector('g.connector[data-into="phase-three"] path.rail')!;
		expect(bend.getAttribute('d')).toMatch(/^M54,[\d.]+V[\d.]+H545V8H604V[\d.]+$/);
		// Note 2 on phase one, in the first column's gutter; note 1 on phase three, in the second's.
		expect(drawnMarkers(container).map((m) => [m.n, m.x, m.r])).toEqual([
			[2, 519, 20],
			[1, 1069, 20]
		]);
		// At the third phase (the fixture's draws no sequence; the layout is the same at every phase), the pointer
		// slides across to the second column.
		const third = { ...at('phase-two'), phaseId: 'phase-three' };
		await rerender({ drawing: third });
		const pointer = container.querySelector<SVGGElement>('.pointer')!;
		expect(pointer.style.transform).toBe(`translate(550px, ${third.layout.boxes[2].circle.cy}px)`);
	});
});
