import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ExchangeDiagram from './ExchangeDiagram.svelte';
import { loadContentForTests } from '$lib/content/test-content';

const content = loadContentForTests();
type Step = 'terms' | 'hostages-released' | 'prisoners-released' | 'remains';
const state = (step: Step, annotations: { quote: string; anchor: string }[] = []) => ({
	kind: 'exchange' as const,
	step,
	annotations
});

const blockStates = (container: HTMLElement) =>
	Object.fromEntries(
		[...container.querySelectorAll('[data-block]')].map((b) => [
			b.getAttribute('data-block'),
			b.getAttribute('data-state')
		])
	);

describe('ExchangeDiagram', () => {
	it('draws every group to scale with its count, and the hostages square by square', () => {
		const { container } = render(ExchangeDiagram, { content, state: state('terms'), phaseId: 'exchange' });
		const counts = Object.fromEntries(
			[...container.querySelectorAll('[data-block]')].map((b) => [
				b.getAttribute('data-block'),
				Number(b.getAttribute('data-count'))
			])
		);
		// 48 hostages = 20 believed alive + 28 deceased; 250 + 1,700 = 1,950; 28 × 15 = 420 remains.
		expect(counts).toEqual({
			'hostages-alive': 20,
			'hostages-deceased': 28,
			'prisoners-life': 250,
			detainees: 1700,
			remains: 420
		});
		expect(container.querySelectorAll('[data-block="hostages-alive"] rect.unit')).toHaveLength(20);
		expect(container.querySelectorAll('[data-block="hostages-deceased"] rect.unit')).toHaveLength(28);
		expect(counts['prisoners-life'] + counts.detainees).toBe(1950);
		// The 1 : 15 glyph: one deceased hostage against fifteen remains.
		expect(container.querySelectorAll('.ratio rect')).toHaveLength(16);
	});

	it('names each group and flags the two readings of the 20 in words', () => {
		const { container } = render(ExchangeDiagram, { content, state: state('terms'), phaseId: 'exchange' });
		const svgText = container.querySelector('svg')!.textContent!;
		for (const label of [
			'48 hostages held in Gaza',
			'20 believed alive ⚑',
			'28 deceased',
			'250 prisoners serving life sentences',
			'1,700 detainees from Gaza',
			'Together 1,950 Palestinians (250 + 1,700)',
			'Remains of 420 Gazans (28 × 15)',
			'1 : 15, the plan’s rule',
			'Article C: “believed to be alive”',
			'Article A: “thought to be dead”'
		])
			expect(svgText).toContain(label);
	});

	it('is an image labelled by its own title and the description', () => {
		const { container } = render(ExchangeDiagram, { content, state: state('terms'), phaseId: 'exchange' });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toMatch(/^0 0 400 \d+$/);
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent).toMatch(/one square per person/);
		expect(container.querySelector(`#${descId}`)?.textContent).toMatch(/48 hostages/);
	});

	it('moves through the steps in one instance: who acts is highlighted, the rest muted', async () => {
		const { container, rerender } = render(ExchangeDiagram, { content, state: state('terms'), phaseId: 'exchange' });
		expect(Object.values(blockStates(container)).every((s) => s === 'normal')).toBe(true);
		const firstSquare = container.querySelector('[data-block="hostages-alive"] rect.unit');

		await rerender({ state: state('hostages-released') });
		expect(blockStates(container)).toMatchObject({
			'hostages-alive': 'highlight',
			detainees: 'muted',
			remains: 'muted'
		});
		expect(container.querySelector('.caption')?.textContent).toBe('Framed: the 20 living hostages, released');
		// The same squares persist, so CSS can animate them.
		expect(container.querySelector('[data-block="hostages-alive"] rect.unit')).toBe(firstSquare);

		await rerender({ state: state('prisoners-released') });
		expect(blockStates(container)).toMatchObject({
			'prisoners-life': 'highlight',
			detainees: 'highlight',
			'hostages-alive': 'muted'
		});
		expect(container.querySelectorAll('.is-highlight')).toHaveLength(2);

		await rerender({ state: state('remains') });
		expect(blockStates(container)).toMatchObject({
			'hostages-deceased': 'highlight',
			remains: 'highlight',
			detainees: 'muted'
		});
		expect(container.querySelector('svg')?.getAttribute('data-step')).toBe('remains');
	});

	it('numbers the quotes: a marker at each anchored group and a note for each', () => {
		const annotations = [
			{ quote: 'a-hostages-thought-dead', anchor: 'hostages-deceased' },
			{ quote: 'c-hostages-believed-alive', anchor: 'hostages-alive' },
			{ quote: 'b-prisoners-250-1700', anchor: 'detainees' }
		];
		const { container } = render(ExchangeDiagram, { content, state: state('terms', annotations), phaseId: 'exchange' });
		const markers = [...container.querySelectorAll('svg .annotation-marker')];
		// Markers sit top to bottom by the element they point at: note 2 (alive) is above note 1 (deceased).
		expect(markers.map((m) => m.getAttribute('data-note'))).toEqual(['2', '1', '3']);
		const ys = markers
			.map((m) => Number(m.querySelector('circle:not(.dot)')?.getAttribute('cy')))
			.sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(26);
		expect(container.querySelectorAll('ol.notes > li')).toHaveLength(3);
		expect(container.querySelector('ol.notes')?.textContent).toContain('thought to be dead');
	});

	it('gives the groups as a table with their sources', () => {
		const { container } = render(ExchangeDiagram, { content, state: state('terms'), phaseId: 'exchange' });
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
		expect(rows.map((r) => r[1])).toEqual(['48', '20', '28', '250', '1,700', '1,950', '420']);
		expect(rows[1][2]).toMatch(/Article C.*Sources differ: Article A/);
		expect(rows[4][2]).toContain('more than 1,700');
		expect(rows[6][2]).toMatch(/plan’s rule/);
		expect(container.querySelector('.caveat')?.textContent).toContain('1,968');
	});
});
