// What a reader gets from the figures, drawn from the fixture content: a row per figure with each article's value as
// a lettered mark, each axis labelled, the phase's focus, the numbered quotes and the table.
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers, draw, phaseDrawing } from '../makers';
import FiguresDiagram from './FiguresDiagram.svelte';

const content = loadFixtureContent();
const makers = diagramMakers(content);
/** The phase's figures, as its page draws them: phase one focuses on the day's tally, phase three on the exchange. */
function drawingAt(phaseId: string) {
	return phaseDrawing(makers, content, phaseId, 'figures', 'with-notes')!;
}
/** The figures with no focus and no notes: what a phase that draws them plainly would show. */
const unfocused = draw(
	makers.figures,
	{ kind: 'figures', focus: [], annotations: [] },
	{ content, phaseId: 'phase-two', notes: 'with-notes' }
);
const rowIds = (container: HTMLElement, selector = '.row') =>
	[...container.querySelectorAll(selector)].map((r) => r.getAttribute('data-figure'));
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

describe('FiguresDiagram', () => {
	it('draws a row for each figure it shows, each article’s value as a lettered mark', () => {
		const { container } = render(FiguresDiagram, { drawing: unfocused });
		// The held hostages are drawn inside the living hostages' row (its axis runs to the 12 held), not as a row.
		expect(rowIds(container)).toEqual(['killed-7-october', 'hostages-alive', 'prisoners-total', 'share-held']);
		const marks = (id: string) =>
			[...container.querySelectorAll(`.row[data-figure="${id}"] .mark`)].map((m) =>
				m.querySelector('.pill-text')?.textContent?.trim()
			);
		expect(marks('killed-7-october')).toEqual(['K 1,000', 'C 1,012', 'M 990']);
		expect(marks('hostages-alive')).toEqual(['K 7', 'C 5']);
		expect(marks('prisoners-total')).toEqual(['K 200']);
		expect(marks('share-held')).toEqual(['C 30%']);
		const titles = [...container.querySelectorAll('.row .title')].map((t) => t.textContent);
		expect(titles.join(' ')).toContain('Fixture hostages believed alive, of 12 held');
	});

	it('labels every axis, zoomed ones as such, gives the reason under the row, and explains the letters', () => {
		const { container } = render(FiguresDiagram, { drawing: unfocused });
		const row = (id: string) => container.querySelector(`.row[data-figure="${id}"]`)!;
		const axis = (id: string) => [...row(id).querySelectorAll('.axis-label')].map((t) => t.textContent?.trim());
		/** The first sentence of the figure's note, wrapped under its row. */
		const reason = (id: string) => [...row(id).querySelectorAll('.reason')].map((t) => t.textContent).join(' ');
		expect(axis('killed-7-october')).toEqual(['980', 'zoomed: not from zero', '1,020']);
		expect(reason('killed-7-october')).toBe('Three fixture tallies.');
		expect(axis('hostages-alive')).toEqual(['0', '12 held (K, C)']);
		expect(reason('hostages-alive')).toBe('Fixture K and fixture C read the five the other way round.');
		expect(axis('prisoners-total')).toEqual(['0', '200']);
		expect(reason('prisoners-total')).toBe('Fixture total of 60 and 140.');
		expect(axis('share-held')).toEqual(['0%', '100%']);
		expect(reason('share-held')).toBe('A fixture figure.');
		expect(container.querySelector('.legend')?.textContent).toMatch(
			/C\s*Fixture article C\s*K\s*Fixture article K\s*M\s*Fixture article M/
		);
	});

	it('highlights the rows in focus and mutes the rest, in the same drawing as the phase changes', async () => {
		const { container, rerender } = render(FiguresDiagram, { drawing: unfocused });
		expect(container.querySelectorAll('.row.is-focus, .row.is-muted')).toHaveLength(0);
		const firstRow = container.querySelector('.row');

		await rerender({ drawing: drawingAt('phase-one') });
		expect(rowIds(container, '.row.is-focus')).toEqual(['killed-7-october']);
		expect(rowIds(container, '.row.is-muted')).toEqual(['hostages-alive', 'prisoners-total', 'share-held']);

		// Focusing the held hostages highlights the row that draws them.
		await rerender({ drawing: drawingAt('phase-three') });
		expect(rowIds(container, '.row.is-focus')).toEqual(['hostages-alive', 'prisoners-total']);
		expect(container.querySelector('.row')).toBe(firstRow);
		expect(container.querySelector('svg')?.getAttribute('data-phase')).toBe('phase-three');
	});

	it('numbers the quotes with markers where the drawing placed them, beside the rows they speak about', async () => {
		const drawing = drawingAt('phase-one');
		const { container, rerender } = render(FiguresDiagram, { drawing });
		expect(drawnMarkers(container)).toEqual(drawing.markers);
		expect(drawnMarkers(container).map((m) => m.n)).toEqual([1, 2]);
		const notes = [...container.querySelectorAll('ol.notes > li')];
		expect(notes.map((li) => li.querySelector('blockquote')?.textContent)).toEqual([
			'“Fixture tally: the fixture count of the day was about a thousand.”',
			'“Fixture reporting: five of the twelve fixture hostages are believed to be alive.”'
		]);
		expect(notes[0].querySelector('figcaption')?.textContent).toContain('Fixture Speaker Em, Fixture official');

		await rerender({ drawing: drawingAt('phase-three') });
		expect(drawnMarkers(container)).toEqual(drawingAt('phase-three').markers);
		expect(container.querySelectorAll('ol.notes > li')).toHaveLength(1);
	});

	it('tables the figures it draws: each article’s value and the note, row by row', () => {
		const { container } = render(FiguresDiagram, { drawing: unfocused });
		const head = [...container.querySelectorAll('.text-alternative thead th')].map((th) => th.textContent);
		expect(head).toEqual(['Figure', 'Fixture article C', 'Fixture article K', 'Fixture article M', 'The plan', 'Note']);
		const tabled = [...container.querySelectorAll('.text-alternative tbody tr')].map((tr) =>
			tr.getAttribute('data-figure')
		);
		// Every drawn row, with the figure a row is drawn within (the living out of the held); not the whole ledger.
		expect(tabled).toEqual(['killed-7-october', 'hostages-alive', 'hostages-held', 'prisoners-total', 'share-held']);
		expect(container.querySelector('.text-alternative .table-note')?.textContent).toBe(
			'The figures drawn above. The sources page lists every figure in the articles.'
		);
		// An article that gives no such figure reads "not given" to a screen reader; the eye sees a dash.
		const alive = [...container.querySelector('tbody tr[data-figure="hostages-alive"]')!.children].map((c) =>
			c.textContent?.trim()
		);
		expect(alive).toEqual([
			'Fixture hostages believed alive',
			'5 believed alive (fixture)',
			'5 thought dead in fixture K (so 7 alive)',
			'–not given',
			'–not given',
			'Fixture K and fixture C read the five the other way round. Fixture C is borne out.'
		]);
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${unfocused.layout.height}`);
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector('title')?.id).toBe(titleId);
		expect(container.querySelector(`#${descId}`)?.textContent).toBe(unfocused.description);
	});
});

describe('FiguresDiagram, since the talks', () => {
	/** The figures as their since view draws them, once its parts have come. */
	async function since() {
		const rendered = render(FiguresDiagram, { drawing: drawingAt('phase-three'), view: 'since' });
		await vi.waitFor(() => expect(rendered.container.querySelectorAll('.view-since .since-figures')).toHaveLength(1), {
			timeout: 5000
		});
		return { ...rendered, view: rendered.container.querySelector('.view-since')! };
	}
	const values = (section: Element) => [...section.querySelectorAll('ul.values > li')];

	it('shows the figures later reports give, says as of when, and leaves out the talks’ quotes', async () => {
		const { container, view } = await since();
		expect(container.querySelector('figure')?.getAttribute('data-view')).toBe('since');
		expect([...view.querySelectorAll('section.figure')].map((s) => s.querySelector('h4')?.textContent)).toEqual([
			'Fixture prisoners serving life released',
			'Fixture detainees released',
			'Fixture bodies returned',
			'Fixture share held over time',
			'Fixture trucks a day'
		]);
		expect(view.querySelector('.key')?.textContent).toContain(
			'As reported after the talks: reporting gathered up to 1 July 2026.'
		);
		expect(view.querySelector('svg.axis')).not.toBeNull();
		expect(view.querySelectorAll('.row, .annotation-marker')).toHaveLength(0);
		expect(view.querySelector('ol.notes')).toBeNull();
		expect(view.querySelector('.caveat')?.textContent).toContain('Figures as later reports give them');
		// Each value's sources sit under its mark, so none are listed again under the drawing.
		expect(view.querySelector('.since-sources')).toBeNull();
	});

	it('gives each value whose it is, in its words, with its reports linked', async () => {
		const { container } = await since();
		const share = container.querySelector('section[data-figure="israeli-held-share"]')!;
		expect(values(share).map((li) => li.querySelector('.who')?.textContent)).toEqual([
			'Fixture officials: 61% at the fixture line',
			'A fixture mapping group: about 64% (fixture estimate)',
			'A fixture minister: more than half (fixture minister)',
			'Fixture Paper: nearly 70%, with a fixture line'
		]);
		const links = values(share)[1].querySelectorAll('.sources a');
		expect([...links].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['Fixture Wire, read on Fixture Mirror', 'https://example.org/fixture-wire']
		]);
		expect(values(share)[1].querySelector('.sources')?.textContent).toContain('15 Jan 2026 (⚠ read on a mirror)');
		expect(share.querySelector('.note')?.textContent).toBe(
			'The fixture share grows. The fixture estimate is a single analysis.'
		);
	});

	it('marks each value on its scale from zero: a dot, a floor’s arrow, a range’s bar, the plan’s square', async () => {
		const { container } = await since();
		const share = container.querySelector('section[data-figure="israeli-held-share"]')!;
		const tracks = values(share).map((li) => li.querySelector('svg.track')!);
		expect(tracks.map((t) => t.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true', 'true']);
		expect(tracks.map((t) => t.querySelector('circle.mark')?.getAttribute('cx'))).toEqual([
			'59.3%',
			'62.2%',
			'49%',
			'67.8%'
		]);
		expect(tracks.map((t) => t.querySelector('text')?.textContent)).toEqual(['61%', '≈64%', '>50%', '≈70%']);
		expect(tracks.map((t) => t.querySelector('path.floor') !== null)).toEqual([false, false, true, false]);
		expect([...share.querySelectorAll('svg.axis text')].map((t) => [t.textContent, t.getAttribute('x')])).toEqual([
			['0', '2%'],
			['20%', '20.8%'],
			['40%', '39.6%'],
			['60%', '58.4%'],
			['80%', '77.2%'],
			['100%', '96%']
		]);

		const aid = container.querySelector('section[data-figure="aid-trucks-per-day"]')!;
		const [plan, range, point] = values(aid).map((li) => li.querySelector('svg.track')!);
		expect(plan.getAttribute('data-shape')).toBe('plan');
		expect(plan.querySelector('svg')?.getAttribute('x')).toBe('72.5%');
		expect(plan.querySelector('rect.plan')).not.toBeNull();
		expect(values(aid)[0].querySelector('.sources')).toBeNull();
		const bar = range.querySelector('rect.range')!;
		expect([bar.getAttribute('x'), bar.getAttribute('width')]).toEqual(['72.5%', '23.5%']);
		expect(range.querySelector('text')?.textContent).toBe('300–400');
		// Near the track's end, the number goes on the mark's left.
		expect(range.querySelector('text')?.getAttribute('text-anchor')).toBe('end');
		expect(point.querySelector('text')?.getAttribute('text-anchor')).toBe('start');
		// The plan's number as a guide through every value's track.
		expect(values(aid).map((li) => li.querySelector('line.plan-guide')?.getAttribute('x1'))).toEqual([
			'72.5%',
			'72.5%',
			'72.5%'
		]);
	});

	it('gives every value as a table in its text alternative, and its description', async () => {
		const { container } = await since();
		// The two figures drawn above; the others read alike.
		const rows = [...container.querySelectorAll('details .since-notes tbody tr')].filter((r) =>
			['Fixture share held over time', 'Fixture trucks a day'].includes(r.querySelector('th')?.textContent ?? '')
		);
		expect(
			rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()))
		).toEqual([
			[
				'Fixture share held over time',
				'Fixture officials',
				'61% at the fixture line',
				'Source: Fixture Paper, Mar 2026'
			],
			[
				'Fixture share held over time',
				'A fixture mapping group',
				'about 64% (fixture estimate)',
				'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
			],
			[
				'Fixture share held over time',
				'A fixture minister',
				'more than half (fixture minister)',
				'Source: Fixture Paper, Mar 2026'
			],
			[
				'Fixture share held over time',
				'Fixture Paper',
				'nearly 70%, with a fixture line',
				'Sources: Fixture Paper, Mar 2026; Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
			],
			['Fixture trucks a day', 'The plan’s text (point 7)', '300 a day (fixture plan)', '—'],
			[
				'Fixture trucks a day',
				'A fixture agency',
				'300 to 400 a day',
				'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
			],
			['Fixture trucks a day', 'Fixture UN', 'about 120 a day', 'Source: Fixture Paper, Mar 2026']
		]);
		expect(container.querySelector('[id$="-since-desc"]')?.textContent).toBe(makers.figures.since.description);
	});
});
