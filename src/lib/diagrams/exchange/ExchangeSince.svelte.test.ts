// What a reader sees of the exchange since the talks, drawn from the fixture content: each group's squares over the
// plan's number, named in words, the time strip, the as-of line, the doubts and the sources under the drawing.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers, phaseDrawing } from '../makers';
import ExchangeDiagram from './ExchangeDiagram.svelte';

const content = loadFixtureContent();
const makers = diagramMakers(content);
const drawing = phaseDrawing(makers, content, 'phase-two', 'exchange', 'with-notes')!;

async function since() {
	const { container } = render(ExchangeDiagram, { drawing, view: 'since' });
	const svg = await vi.waitFor(() => {
		const found = container.querySelector<SVGSVGElement>('svg[data-view="since"]');
		if (!found) throw new Error('the since drawing has not come yet');
		return found;
	});
	return { container, svg };
}

describe('the exchange since the talks', () => {
	it('is an image labelled by its own title and its description', async () => {
		const { container, svg } = await since();
		expect(container.querySelector('figure')).toHaveAttribute('data-view', 'since');
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${makers.exchange.since.layout.height}`);
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'What happened in the exchange: hostages freed and returned, prisoners released and bodies returned, one ' +
				'square per person, beside the plan’s numbers'
		);
		expect(container.querySelector(`#${descId}`)?.textContent).toBe(makers.exchange.since.description);
	});

	it('draws each group’s squares to the plan’s scale, those past it framed and those short of it dotted', async () => {
		const { svg } = await since();
		const groups = [...svg.querySelectorAll('[data-block]')].map((g) => [
			g.getAttribute('data-block'),
			g.getAttribute('data-plan'),
			g.getAttribute('data-happened'),
			[...g.querySelectorAll('.run')].map((r) => `${r.getAttribute('data-look')} ${r.getAttribute('data-count')}`)
		]);
		expect(groups).toEqual([
			['living', '5', '5', ['kept 5']],
			['deceased', '7', '7', ['kept 7']],
			['life', '60', '60', ['kept 60']],
			['detainees', '140', '145', ['kept 140', 'beyond 5']],
			['bodies', '21', '18', ['kept 18', 'short 3']]
		]);
		// The 5 past the plan: the 41st to 45th squares of the third row, filled from their pattern and framed.
		const beyond = svg.querySelector('[data-block="detainees"] [data-look="beyond"] rect')!;
		expect([beyond.getAttribute('x'), beyond.getAttribute('width'), beyond.getAttribute('fill')]).toEqual([
			'262',
			'32',
			expect.stringMatching(/^url\(#.+-since-detainees-beyond\)$/)
		]);
		expect(svg.querySelectorAll('[data-block="detainees"] .beyond-frame')).toHaveLength(1);
		expect(svg.querySelectorAll('pattern.short')).toHaveLength(5);
	});

	it('names every group and what happened to it in words', async () => {
		const { svg } = await since();
		const words = [...svg.querySelectorAll('text.label')].map((t) => t.textContent?.trim()).join(' | ');
		for (const phrase of [
			'12 hostages: 5 living, 7 deceased',
			'5 freed on 12 Oct 2025',
			'7 returned by 20 Dec 2025',
			'The plan: every hostage within 48 hours',
			'145 released on 12 Oct 2025; the plan: 140',
			'5 more than the plan',
			'205 in all (Fixture prison service) ⚠',
			'dotted: 3 short of the rule’s number'
		])
			expect(words).toContain(phrase);
	});

	it('sets the plan’s hours beside the months the remains took, the months named', async () => {
		const { svg } = await since();
		const bars = [...svg.querySelectorAll('[data-bar]')].map((b) => [
			b.getAttribute('data-bar'),
			Number(b.getAttribute('width'))
		]);
		expect(bars.map(([id]) => id)).toEqual(['plan', 'happened']);
		// 48 hours are 2 of the 71 days from the count’s start (10 Oct) to the last return (20 Dec).
		expect((bars[1][1] as number) / (bars[0][1] as number)).toBeCloseTo(71 / 2, 0);
		expect([...svg.querySelectorAll('text.tick')].map((t) => t.textContent)).toEqual([
			'Oct 2025',
			'Nov',
			'Dec',
			'Jan 2026'
		]);
	});

	it('says as of when, shows the doubts, and links each group’s sources under the drawing', async () => {
		const { container } = await since();
		const view = container.querySelector<HTMLElement>('.view-since')!;
		expect(view.querySelector('.as-of')?.textContent).toBe('What happened, from reporting gathered up to 1 July 2026.');
		expect(view.textContent).toContain('⚠ Fixture caveat: another fixture count differs.');
		const lines = [...view.querySelectorAll('.since-sources li')].map((li) => li.textContent);
		const wire = 'Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)';
		expect(lines).toEqual([
			`Living hostages, sources: ${wire}`,
			'Deceased hostages’ remains, sources: Fixture Paper, Mar 2026',
			`Prisoners serving life sentences, sources: ${wire}`,
			`Detainees from Gaza, sources: ${wire}`,
			`Prisoners and detainees in all, sources: ${wire}`,
			'Palestinian bodies returned, sources: Fixture Paper, Mar 2026'
		]);
		expect(within(view).getAllByRole('link', { name: 'Fixture Paper' })[0]).toHaveAttribute(
			'href',
			'https://example.org/fixture-paper'
		);
		// The plan's drawing, its quote notes and its caveat are the plan view's.
		expect(container.querySelector('.body')).toHaveClass('view-plan');
		expect(screen.getByRole('button', { name: 'What happened' })).toHaveAttribute('aria-pressed', 'true');
	});
});
