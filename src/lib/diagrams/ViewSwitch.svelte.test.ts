// Tests the switch between the plan and what happened, as a reader uses it on a diagram: two buttons, the view shown
// pressed, one click (or Enter or Space on the focused button, which the browser turns into a click) switching every
// diagram of the page, and the text alternative that tells what happened whichever view is shown.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { readyDiagrams } from './components';
import Diagram from './Diagram.svelte';
import { diagramMakers, phaseDrawing } from './makers';
import type { DiagramView } from './view';
import { diagramViewContext } from './view-choice';
import ViewSwitch from './ViewSwitch.svelte';

const content = loadFixtureContent();
const makers = diagramMakers(content);

/** Phase two's exchange and sequence, drawn as the stepper draws them, with one choice of view for both. */
async function page() {
	let view: DiagramView = $state('plan');
	const choose = vi.fn((next: DiagramView) => (view = next));
	const drawings = [
		phaseDrawing(makers, content, 'phase-two', 'exchange', 'with-notes')!,
		phaseDrawing(makers, content, 'phase-two', 'sequence', 'with-notes')!
	];
	const diagrams = await readyDiagrams(drawings);
	const context = diagramViewContext({
		get view() {
			return view;
		},
		choose
	});
	for (const diagram of diagrams) render(Diagram, { props: { diagram }, context });
	return { choose, figures: () => [...document.querySelectorAll('figure.diagram')] };
}

describe('ViewSwitch', () => {
	it('offers the plan and what happened as two buttons in a group, the one shown pressed', () => {
		render(ViewSwitch, { view: 'plan', choose: () => {} });
		const group = screen.getByRole('group', { name: 'Show' });
		const buttons = within(group).getAllByRole('button');
		expect(buttons.map((b) => [b.textContent?.trim(), b.getAttribute('aria-pressed')])).toEqual([
			['The plan', 'true'],
			['What happened', 'false']
		]);
		expect(buttons.map((b) => b.getAttribute('type'))).toEqual(['button', 'button']);
	});

	it('shows itself once the page’s script runs it, and asks for what the view needs before a choice', async () => {
		const choose = vi.fn();
		const onready = vi.fn();
		const { container } = render(ViewSwitch, { view: 'plan', choose, onready });
		expect(container.querySelector('.view-switch')).toHaveClass('live');
		const since = screen.getByRole('button', { name: 'What happened' });
		await fireEvent.focus(since);
		expect(onready).toHaveBeenCalled();
		await fireEvent.click(since);
		expect(choose).toHaveBeenCalledWith('since');
	});

	it('stays hidden where no script of the page runs it (an embed’s own script shows it)', () => {
		const { container } = render(ViewSwitch, { view: 'plan' });
		expect(container.querySelector('.view-switch')).not.toHaveClass('live');
	});
});

describe('a page’s diagrams and their switches', () => {
	it('switch together to what happened, and back, each drawing its since view once its code has come', async () => {
		const { choose, figures } = await page();
		expect(figures().map((f) => f.getAttribute('data-view'))).toEqual(['plan', 'plan']);
		expect(document.querySelectorAll('svg[data-view="since"]')).toHaveLength(0);

		await fireEvent.click(screen.getAllByRole('button', { name: 'What happened' })[0]);
		expect(choose).toHaveBeenCalledWith('since');
		expect(figures().map((f) => f.getAttribute('data-view'))).toEqual(['since', 'since']);
		for (const button of screen.getAllByRole('button', { name: 'What happened' }))
			expect(button).toHaveAttribute('aria-pressed', 'true');
		await vi.waitFor(() => expect(document.querySelectorAll('svg[data-view="since"]')).toHaveLength(2));

		await fireEvent.click(screen.getAllByRole('button', { name: 'The plan' })[1]);
		expect(figures().map((f) => f.getAttribute('data-view'))).toEqual(['plan', 'plan']);
		expect(figures().every((f) => f.classList.contains('switched'))).toBe(true);
	});

	it('tell what happened in the text alternative once asked, whichever view is shown, with every source', async () => {
		const { figures } = await page();
		// Its parts come with the first ask; then they stay, on the plan too.
		await fireEvent.click(screen.getAllByRole('button', { name: 'What happened' })[0]);
		await vi.waitFor(() => expect(document.querySelectorAll('svg[data-view="since"]')).toHaveLength(2));
		await fireEvent.click(screen.getAllByRole('button', { name: 'The plan' })[0]);
		const [exchange] = figures();
		const text = exchange.querySelector('details.text-alternative')!;
		expect(text.querySelector('h4')?.textContent).toBe(
			'What happened since the talks, from reporting gathered up to 1 July 2026'
		);
		const since = makers.exchange.since;
		expect(text.textContent).toContain(since.description);
		const region = within(text as HTMLElement).getByRole('region', { name: /what happened, table$/ });
		const rows = [...region.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
		expect(rows.map((r) => r.slice(0, 3))).toEqual([
			['Living hostages', '5, within 48 hours', '5 freed on 12 Oct 2025'],
			[
				'Deceased hostages’ remains',
				'7, within 48 hours',
				'7 returned, the last on 20 Dec 2025, about two and a half months after the 48 hours began'
			],
			['Prisoners serving life sentences', '60', '60 released on 12 Oct 2025 (Fixture prison service)'],
			['Detainees from Gaza', '140', '145 released on 12 Oct 2025 (Fixture prison service)'],
			['Prisoners and detainees in all', '200', '205 ⚠ Fixture caveat: another fixture count differs.'],
			[
				'Palestinian bodies returned',
				'21: 3 for each of 7 deceased hostages, the plan’s rule worked out',
				'18 by 22 Dec 2025 (Fixture Red Cross)'
			]
		]);
		const link = within(region).getAllByRole('link', { name: 'Fixture Wire, read on Fixture Mirror' })[0];
		expect(link).toHaveAttribute('href', 'https://example.org/fixture-wire');
		expect(rows[0][3]?.replace(/\s+/g, ' ').trim()).toBe(
			'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
		);
	});
});
