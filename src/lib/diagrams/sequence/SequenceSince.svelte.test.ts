// What a reader sees of the phases since the talks, drawn from the fixture content: each phase's status now by shape
// and words, when its events happened, the page's phase pointed at, and the sources of the events that date each.
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers, phaseDrawing } from '../makers';
import SequenceDiagram from './SequenceDiagram.svelte';

const content = loadFixtureContent();
const makers = diagramMakers(content);

async function since(phaseId: string) {
	const drawing = phaseDrawing(makers, content, phaseId, 'sequence', 'with-notes')!;
	const { container } = render(SequenceDiagram, { drawing, view: 'since' });
	const svg = await vi.waitFor(() => {
		const found = container.querySelector<SVGSVGElement>('svg[data-view="since"]');
		if (!found) throw new Error('the since drawing has not come yet');
		return found;
	});
	return { container, svg, drawing };
}
/** A drawn text as it reads: its lines (one tspan each) joined by spaces. */
const textOf = (el: Element | null) =>
	[...(el?.querySelectorAll('tspan') ?? [])]
		.map((t) => t.textContent)
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim() || el?.textContent?.replace(/\s+/g, ' ').trim();

describe('the sequence since the talks', () => {
	it('marks each phase with its status now, in a shape and words, and when its events happened', async () => {
		const { svg } = await since('phase-two');
		const steps = [...svg.querySelectorAll<SVGGElement>('g.step')].map((g) => [
			g.getAttribute('data-phase'),
			g.getAttribute('data-status'),
			toneOf(g, '.pill'),
			textOf(g.querySelector('.title')),
			textOf(g.querySelector('.mark')),
			textOf(g.querySelector('.when'))
		]);
		expect(steps).toEqual([
			['phase-one', 'done', 'var(--accent-2) solid', 'Fixture phase one', '● Carried out', 'Events: 29 Sep 2025'],
			[
				'phase-two',
				'partly',
				'var(--accent) solid',
				'Fixture phase two',
				'◑ Partly carried out',
				'Events: 5 Oct 2025 to Mar 2026'
			],
			[
				'phase-three',
				'not-implemented',
				'var(--ink) solid',
				'Fixture phase three',
				'○ Not carried out',
				'Events: 15 Jan 2026 to 20 Jan 2026'
			]
		]);
		// Each status's words sit in a pill drawn round them.
		for (const g of svg.querySelectorAll('g.step')) expect(g.querySelector('rect.pill')).not.toBeNull();
	});

	it('frames the page’s phase and points at it', async () => {
		const { svg } = await since('phase-one');
		expect([...svg.querySelectorAll('g.step.is-current')].map((g) => g.getAttribute('data-phase'))).toEqual([
			'phase-one'
		]);
		const cy = makers.sequence.since.layout.steps[0].circle.cy;
		expect(svg.querySelector('path.pointer')?.getAttribute('d')).toBe(`M1,${cy - 8}L11,${cy}L1,${cy + 8}z`);
		expect(svg.getAttribute('aria-labelledby')).toMatch(/-since-title .+-since-desc$/);
	});

	it('lists under the drawing the sources of the events that date each phase', async () => {
		const { container } = await since('phase-one');
		expect([...container.querySelectorAll('.view-since .since-sources li')].map((li) => li.textContent)).toEqual([
			'1. Fixture phase one, sources: Fixture article C (Fixture Wire), about 6 Oct 2025',
			'2. Fixture phase two, sources: Fixture article C (Fixture Wire), about 6 Oct 2025; Fixture Paper, Mar 2026',
			'3. Fixture phase three, sources: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
		]);
		// Articles are files, not pages: they link to their entry on /sources.
		expect(container.querySelector('.view-since a')?.getAttribute('href')).toBe('/sources#article-c');
	});
});

/** The mark's tone as drawn: its colour, and its frame's dashes ("solid" when none). */
const toneOf = (g: SVGElement, frame: string) =>
	`${g.style.getPropertyValue('--tone-ink')} ${g.querySelector(frame)?.getAttribute('stroke-dasharray') ?? 'solid'}`;
