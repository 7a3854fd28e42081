// What a reader sees of the bodies the plan sets up, since the talks, drawn from the fixture content: the bodies the
// chart marks with their status now in a shape and words and their dated steps, the rest of the plan muted.
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers, phaseDrawing } from '../makers';
import GovernanceDiagram from './GovernanceDiagram.svelte';

const content = loadFixtureContent();
const drawing = phaseDrawing(diagramMakers(content), content, 'phase-two', 'governance', 'with-notes')!;

async function since() {
	const { container } = render(GovernanceDiagram, { drawing, view: 'since' });
	const svg = await vi.waitFor(() => {
		const found = container.querySelector<SVGSVGElement>('svg[data-view="since"]');
		if (!found) throw new Error('the since drawing has not come yet');
		return found;
	});
	return { container, svg };
}
/** A drawn text as it reads: its lines (one tspan each) joined by spaces. */
const textOf = (el: Element | null) =>
	[...(el?.querySelectorAll('tspan') ?? [])]
		.map((t) => t.textContent)
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim() || el?.textContent?.replace(/\s+/g, ' ').trim();

describe('the governance chart since the talks', () => {
	it('marks each body the chart names with its status and dated steps, inside its box', async () => {
		const { svg } = await since();
		const marks = [...svg.querySelectorAll<SVGGElement>('g.mark')].map((g) => [
			g.getAttribute('data-actor'),
			g.getAttribute('data-status'),
			toneOf(g, '.inner'),
			textOf(g.querySelector('.status')),
			[...g.querySelectorAll('.step')].map(textOf)
		]);
		expect(marks).toEqual([
			[
				'fixture-board',
				'partly',
				'var(--accent) solid',
				'◑ Partly carried out',
				['fixture step taken, 15–20 Jan 2026 ⚠']
			],
			['fixture-force', 'reversed', 'var(--ink) solid', '◀ Going the other way', ['fixture force step, Mar 2026']]
		]);
		// The inner frame that marks the box sits inside it.
		const frame = svg.querySelector('g.mark[data-actor="fixture-board"] rect.inner')!;
		const box = svg.querySelector('[data-actor="fixture-board"].actor rect')!;
		expect(Number(frame.getAttribute('x'))).toBe(Number(box.getAttribute('x')) + 3);
		expect(Number(frame.getAttribute('width'))).toBe(Number(box.getAttribute('width')) - 6);
	});

	it('draws the marked bodies in full and mutes the rest of the plan', async () => {
		const { svg } = await since();
		const states = Object.fromEntries(
			[...svg.querySelectorAll('g.actor')].map((g) => [g.getAttribute('data-actor'), g.getAttribute('data-state')])
		);
		expect(states).toEqual({
			'guarantor-north': 'muted',
			'guarantor-south': 'muted',
			'fixture-board': 'normal',
			'fixture-party': 'muted',
			'fixture-force': 'normal',
			'fixture-police': 'muted'
		});
		expect([...svg.querySelectorAll('g.relation')].every((g) => g.getAttribute('data-state') === 'muted')).toBe(true);
	});

	it('says as of when and shows the doubts and sources of the steps under the drawing', async () => {
		const { container } = await since();
		const view = container.querySelector('.view-since')!;
		expect(textOf(view.querySelector('.as-of'))).toBe('What happened, from reporting gathered up to 1 July 2026.');
		expect(textOf(view.querySelector('.caveat'))).toBe('⚠ Fixture caveat: the fixture sources differ.');
		expect([...view.querySelectorAll('.since-sources li')].map((li) => li.textContent)).toEqual([
			'Fixture board, sources: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)',
			'Fixture force, sources: Fixture Paper, Mar 2026'
		]);
	});
});

/** The mark's tone as drawn: its colour, and its frame's dashes ("solid" when none). */
const toneOf = (g: SVGElement, frame: string) =>
	`${g.style.getPropertyValue('--tone-ink')} ${g.querySelector(frame)?.getAttribute('stroke-dasharray') ?? 'solid'}`;
