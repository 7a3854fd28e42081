// What a reader gets from the exchange, drawn from the fixture content: every group to scale with its name, the
// steps highlighted in one drawing, the numbered quotes and the table.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers, draw, phaseDrawing } from '../makers';
import ExchangeDiagram from './ExchangeDiagram.svelte';
import type { ExchangeStep } from './layout';

const content = loadFixtureContent();
const makers = diagramMakers(content);
/** The phase's exchange, as its page draws it: phase two shows the plan's terms, phase three the prisoners freed. */
function drawingAt(phaseId: string) {
	return phaseDrawing(makers, content, phaseId, 'exchange', 'with-notes')!;
}
/** The same phase's drawing at another step: what a later phase of the real plan sets. */
function drawingAtStep(step: ExchangeStep) {
	return draw(
		makers.exchange,
		{ kind: 'exchange', step, annotations: [] },
		{ content, phaseId: 'phase-two', notes: 'with-notes' }
	);
}
const blockStates = (container: HTMLElement) =>
	Object.fromEntries(
		[...container.querySelectorAll('[data-block]')].map((b) => [
			b.getAttribute('data-block'),
			b.getAttribute('data-state')
		])
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

describe('ExchangeDiagram', () => {
	it('draws every group to scale with its count, and the hostages square by square', () => {
		const { container } = render(ExchangeDiagram, { drawing: drawingAt('phase-two') });
		const counts = Object.fromEntries(
			[...container.querySelectorAll('[data-block]')].map((b) => [
				b.getAttribute('data-block'),
				Number(b.getAttribute('data-count'))
			])
		);
		// 12 hostages = 5 believed alive + 7 deceased; 60 + 140 = 200; 7 × 3 = 21 remains.
		expect(counts).toEqual({
			'hostages-alive': 5,
			'hostages-deceased': 7,
			'prisoners-life': 60,
			detainees: 140,
			remains: 21
		});
		expect(container.querySelectorAll('[data-block="hostages-alive"] rect.unit')).toHaveLength(5);
		expect(container.querySelectorAll('[data-block="hostages-deceased"] rect.unit')).toHaveLength(7);
		// The larger groups are drawn as rows of a pattern: 60 is one full row of 50 and a last row of 10.
		const life = [...container.querySelectorAll('[data-block="prisoners-life"] rect.squares.plain')];
		expect(life.map((r) => Number(r.getAttribute('height')))).toEqual([6.4, 6.4]);
		expect(life.map((r) => Number(r.getAttribute('width')))).toEqual([320, 64]);
		// The 1 : 3 glyph: one deceased hostage against three remains.
		expect(container.querySelectorAll('.ratio rect')).toHaveLength(4);
	});

	it('names each group in words, not by colour alone', () => {
		const { container } = render(ExchangeDiagram, { drawing: drawingAt('phase-two') });
		const texts = [...container.querySelectorAll('svg text.label')].map((t) => t.textContent?.trim());
		expect(texts).toEqual(
			expect.arrayContaining([
				'12 hostages held in Gaza',
				'5 believed alive ⚑',
				'7 deceased',
				'60 prisoners serving life sentences',
				'140 detainees from Gaza',
				'Together 200 Palestinians (60 + 140)',
				'Remains of 21 Gazans (7 × 3)',
				'1 : 3, the plan’s rule'
			])
		);
		// The articles' two readings of the living are flagged in a framed note (its words are the drawing's own).
		expect(container.querySelector('rect.flag')).not.toBeNull();
	});

	it('is an image labelled by its own title and the description', () => {
		const drawing = drawingAt('phase-two');
		const { container } = render(ExchangeDiagram, { drawing });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${drawing.layout.height}`);
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent).toBe(
			'Hostages and prisoners in the plan’s exchange, one square per person'
		);
		expect(container.querySelector(`#${descId}`)?.textContent).toBe(drawing.description);
		expect(drawing.description).toContain('12 hostages held in Gaza (5 believed alive, 7 deceased)');
	});

	it('moves from phase to phase in one drawing: who acts is highlighted, the rest muted', async () => {
		const { container, rerender } = render(ExchangeDiagram, { drawing: drawingAt('phase-two') });
		expect(Object.values(blockStates(container)).every((s) => s === 'normal')).toBe(true);
		expect(container.querySelector('.caption')?.textContent).toBe('The plan’s terms: one square is one person');
		const firstSquare = container.querySelector('[data-block="hostages-alive"] rect.unit');
		const detainees = container.querySelector('[data-block="detainees"]');

		await rerender({ drawing: drawingAt('phase-three') });
		expect(blockStates(container)).toEqual({
			'hostages-alive': 'muted',
			'hostages-deceased': 'muted',
			'prisoners-life': 'highlight',
			detainees: 'highlight',
			remains: 'muted'
		});
		expect(container.querySelector('.caption')?.textContent).toBe('Framed: 60 prisoners, 140 detainees freed');
		expect(container.querySelectorAll('.is-highlight')).toHaveLength(2);
		expect(container.querySelector('svg')?.getAttribute('data-step')).toBe('prisoners-released');
		expect(container.querySelector('svg')?.getAttribute('data-phase')).toBe('phase-three');
		// The same squares persist, so CSS can animate them.
		expect(container.querySelector('[data-block="hostages-alive"] rect.unit')).toBe(firstSquare);
		expect(container.querySelector('[data-block="detainees"]')).toBe(detainees);

		await rerender({ drawing: drawingAtStep('hostages-released') });
		expect(blockStates(container)).toMatchObject({ 'hostages-alive': 'highlight', detainees: 'muted' });
		expect(container.querySelector('.caption')?.textContent).toBe('Framed: the 5 living hostages, released');

		await rerender({ drawing: drawingAtStep('remains') });
		expect(blockStates(container)).toMatchObject({
			'hostages-deceased': 'highlight',
			remains: 'highlight',
			detainees: 'muted'
		});
		expect(container.querySelector('.caption')?.textContent).toBe('Framed: remains, 3 for each deceased hostage');
	});

	it(
		'numbers the quotes: a marker where the drawing placed it, ' + 'by the group it speaks about, and a note for each',
		async () => {
			const drawing = drawingAt('phase-two');
			const { container, rerender } = render(ExchangeDiagram, { drawing });
			// Top to bottom by the group they point at: note 2 (the living) above note 1 (the deceased), then note 3.
			expect(drawnMarkers(container)).toEqual(drawing.markers);
			expect(drawnMarkers(container).map((m) => m.n)).toEqual([2, 1, 3]);
			const notes = [...container.querySelectorAll('ol.notes > li')];
			expect(notes.map((li) => li.querySelector('.n')?.textContent)).toEqual(['1', '2', '3']);
			expect(notes.map((li) => li.querySelector('blockquote')?.textContent)).toEqual([
				'“Fixture tally: the fixture count of the day was about a thousand.”',
				'“Fixture reporting: five of the twelve fixture hostages are believed to be alive.”',
				'“A fixture government says more than 140 fixture detainees would go free.”'
			]);
			expect(notes[1].querySelector('cite')?.textContent).toBe('Fixture article C (Fixture Wire), c. 6 Oct 2025');

			await rerender({ drawing: drawingAt('phase-three') });
			expect(drawnMarkers(container)).toEqual(drawingAt('phase-three').markers);
			expect(container.querySelectorAll('ol.notes > li')).toHaveLength(1);
		}
	);

	it('gives the groups as a table with their sources', () => {
		const { container } = render(ExchangeDiagram, { drawing: drawingAt('phase-two') });
		const rows = [...container.querySelectorAll('.text-alternative tbody tr')].map((tr) =>
			[...tr.children].map((cell) => cell.textContent)
		);
		expect(rows.map((r) => r[0])).toEqual([
			'Hostages held in Gaza',
			'of whom believed alive',
			'of whom deceased',
			'Palestinian prisoners serving life sentences',
			'Detainees from Gaza',
			'Prisoners and detainees in all',
			'Remains of deceased Gazans'
		]);
		expect(rows.map((r) => r[1])).toEqual(['12', '5', '7', '60', '140', '200', '21']);
		expect(rows[1][2]).toBe(
			'Fixture article C: 5 believed alive (fixture). ' +
				'Sources differ: Fixture article K says 5 thought dead in fixture K (so 7 alive)'
		);
		expect(rows[4][2]).toBe('Fixture article M: more than 140 (fixture)');
		expect(container.querySelector('.caveat')?.textContent).toContain('the 15-to-1 rule for remains is the plan’s');
	});
});
