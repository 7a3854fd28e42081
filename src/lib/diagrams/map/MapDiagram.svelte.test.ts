// What a reader gets from the map, drawn from the fixture content: the stage's hatched area and line, the other lines
// faint, towns, legend, the numbered quotes and the table of stages.
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers, phaseDrawing, type NotesShown } from '../makers';
import { describeMapSince } from './describe-since';
import MapDiagram from './MapDiagram.svelte';

const content = loadFixtureContent();
const makers = diagramMakers(content);
/** The phase's map, as its page draws it: phase one before the ceasefire, two at the yellow line, three the buffer. */
function drawingAt(phaseId: string, notes: NotesShown = 'with-notes') {
	return phaseDrawing(makers, content, phaseId, 'map', notes)!;
}
/** The text of each match, its lines (tspans) joined by spaces as a reader reads them. */
const texts = (root: Element, selector: string) =>
	[...root.querySelectorAll(selector)].map((e) => {
		const lines = [...e.querySelectorAll('tspan')].map((t) => t.textContent?.trim());
		return lines.length ? lines.join(' ') : e.textContent?.trim();
	});
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
const opacity = (el: Element | null) => (el as SVGElement | null)?.style.opacity;

describe('MapDiagram', () => {
	it('draws one scalable SVG, labelled by its title and the frame’s description', () => {
		const drawing = drawingAt('phase-two');
		const { container } = render(MapDiagram, { drawing });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${drawing.layout.height}`);
		expect(svg.getAttribute('width')).toBe('100%');
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(container.querySelector(`[id="${titleId}"]`)?.textContent).toBe(
			'Map of the Gaza Strip: fixture yellow line'
		);
		expect(container.querySelector(`[id="${descId}"]`)?.textContent).toBe(drawing.description);
		expect(drawing.description).toContain('Israeli forces hold 61% of the Strip (fixture reading)');
	});

	it('shows the yellow line’s area and line at the yellow stage, the later lines faint, and the towns', () => {
		const { container } = render(MapDiagram, { drawing: drawingAt('phase-two') });
		const held = [...container.querySelectorAll('path.held')];
		expect(held.map((p) => p.getAttribute('data-stage'))).toEqual(['before', 'yellow', 'second', 'buffer']);
		expect(held.map(opacity)).toEqual(['0', '1', '0', '0']);
		expect(held.every((p) => p.getAttribute('fill')?.startsWith('url(#'))).toBe(true); // hatched, not colour alone
		const lines = [...container.querySelectorAll('g.line')];
		expect(lines.map((l) => [l.getAttribute('data-line'), l.getAttribute('data-state')])).toEqual([
			['yellow', 'current'],
			['second', 'later'],
			['buffer', 'later']
		]);
		expect(texts(container, '.stage-label[data-stage="yellow"] text')).toEqual(['Fixture yellow line (approximate)']);
		expect(opacity(container.querySelector('.stage-label[data-stage="yellow"]'))).toBe('1');
		expect(texts(container, 'g.town text')).toEqual(['Fixture North', 'Fixture South']);
		expect(container.querySelectorAll('g.town circle.dot')).toHaveLength(2);
		expect(texts(container, 'svg text')).toEqual(
			expect.arrayContaining(['Mediterranean Sea', 'Israel', 'Egypt', '5 km', 'N'])
		);
	});

	it('gives the share in the legend, with the other reported value beside it', () => {
		const { container } = render(MapDiagram, { drawing: drawingAt('phase-two') });
		const legend = container.querySelector('g.legend')!;
		expect(legend.getAttribute('data-stage')).toBe('yellow');
		expect(texts(legend, 'text')).toEqual([
			'Fixture yellow line: first pull-back',
			'Israeli forces hold 61% of the Strip (fixture reading)',
			'61%',
			'0%',
			'100%',
			'Fixture count 66%'
		]);
		expect(legend.querySelector('.bar-held')?.getAttribute('data-share')).toBe('61');
		expect(legend.querySelector('.bar-held')?.getAttribute('width')).toBe('224.5');
	});

	it('moves on in place: the same drawing switches to the buffer when the phase changes', async () => {
		const { container, rerender } = render(MapDiagram, { drawing: drawingAt('phase-two') });
		const yellowArea = container.querySelector('path.held[data-stage="yellow"]');
		const legend = container.querySelector('g.legend');
		await rerender({ drawing: drawingAt('phase-three') });
		expect(container.querySelector('path.held[data-stage="yellow"]')).toBe(yellowArea); // kept, faded out
		expect(opacity(yellowArea)).toBe('0');
		expect(opacity(container.querySelector('path.held[data-stage="buffer"]'))).toBe('1');
		expect(opacity(container.querySelector('.stage-label[data-stage="buffer"]'))).toBe('1');
		expect(container.querySelector('g.line[data-line="yellow"]')?.getAttribute('data-state')).toBe('earlier');
		expect(container.querySelector('g.line[data-line="buffer"]')?.getAttribute('data-state')).toBe('current');
		expect(container.querySelector('g.legend')).toBe(legend);
		expect(texts(legend!, 'text')).toContain('Israeli forces would keep about 12–14% of the Strip');
		expect(container.querySelector('svg')?.getAttribute('data-stage')).toBe('buffer');
	});

	it('draws no line of its own before the ceasefire, and all three lines faintly', () => {
		const { container } = render(MapDiagram, { drawing: drawingAt('phase-one') });
		expect([...container.querySelectorAll('g.line')].map((l) => l.getAttribute('data-state'))).toEqual([
			'later',
			'later',
			'later'
		]);
		expect(container.querySelector('g.legend .swatch-area')).not.toBeNull();
		expect(texts(container, 'g.legend text')).toContain(
			'Israeli control or evacuation orders covered about 80% of the Strip (as reported)'
		);
	});

	it(
		'numbers the quotes: a marker where the drawing placed it, ' + 'with a leader, and the notes beside the map',
		async () => {
			const drawing = drawingAt('phase-two');
			const { container, rerender } = render(MapDiagram, { drawing });
			expect(drawnMarkers(container)).toEqual(drawing.markers);
			expect(drawnMarkers(container).map((m) => m.n)).toEqual([1, 2]);
			expect(drawnMarkers(container).every((m) => m.target)).toBe(true);
			const notes = [...container.querySelectorAll('ol.notes > li')];
			expect(notes.map((li) => li.querySelector('blockquote')?.textContent)).toEqual([
				'“Fixture quote: the fixture line runs where the fixture map draws it.”',
				'“A fixture government says more than 140 fixture detainees would go free.”'
			]);
			expect(notes[1].querySelector('.kind')?.textContent).toBe('Reported speech');

			await rerender({ drawing: drawingAt('phase-three') });
			expect(drawnMarkers(container)).toEqual(drawingAt('phase-three').markers);
			expect(container.querySelectorAll('ol.notes > li')).toHaveLength(1);
		}
	);

	it('draws no markers where the page shows no notes (a slide shows its quotes as text)', () => {
		expect(drawingAt('phase-two').markers.length).toBeGreaterThan(0);
		const { container } = render(MapDiagram, { drawing: drawingAt('phase-two', 'without-notes') });
		expect(container.querySelectorAll('g.annotation-marker')).toHaveLength(0);
		expect(container.querySelector('ol.notes')).toBeNull();
	});

	it('shows the caveat and a table of the four stages with the current one marked', () => {
		const { container } = render(MapDiagram, { drawing: drawingAt('phase-three') });
		expect(container.querySelector('.caveat')?.textContent).toContain('Lines are schematic and approximate');
		const rows = [...container.querySelectorAll('tbody tr')];
		expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
			'Before the ceasefire',
			'Fixture yellow line',
			'Fixture second line',
			'Fixture buffer'
		]);
		expect(rows.map((r) => r.getAttribute('aria-current'))).toEqual([null, null, null, 'step']);
		expect([...rows[3].querySelectorAll('td')].map((td) => td.textContent)).toEqual([
			'A fixture perimeter',
			'about 12–14%',
			'Fixture source of the buffer share. Fixture note on the buffer line.'
		]);
	});
});

describe('MapDiagram, since the talks', () => {
	const since = makers.map.since;
	/** The map as its since view draws it, whatever stage the phase's plan view shows, once its code has come. */
	async function sinceAt(phaseId: string) {
		const rendered = render(MapDiagram, { drawing: drawingAt(phaseId), view: 'since' });
		const svg = await vi.waitFor(
			() => {
				const found = rendered.container.querySelector<SVGSVGElement>('.view-since svg[data-view="since"]');
				if (!found) throw new Error('the since drawing has not come yet');
				return found;
			},
			{ timeout: 5000 }
		);
		return { ...rendered, svg, view: rendered.container.querySelector('.view-since')! };
	}

	it('says it is schematic and as of when, in its title, doubts, description and under the chart', async () => {
		const { container, svg, view } = await sinceAt('phase-three');
		expect(container.querySelector('figure')?.getAttribute('data-view')).toBe('since');
		expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${since.layout.height}`);
		expect(svg.querySelector('title')?.textContent?.trim()).toBe(
			'Map of the Gaza Strip since the ceasefire (schematic), and the share Israel holds as reported'
		);
		expect([...view.querySelectorAll('.caveat')].map((c) => c.textContent?.trim())).toEqual([
			'⚠ Schematic: the yellow line is drawn from published descriptions, and the dotted band is sized to the ' +
				'growth reported, its shape drawn from no map.',
			'⚠ The fixture estimate is a single analysis.'
		]);
		const [, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(container.querySelector(`[id="${descId}"]`)?.textContent).toBe(
			describeMapSince(since.layout, 'Fixture yellow line')
		);
		expect(texts(svg, '.share-chart > text').at(-1)).toBe(
			'⚠ a single analysis or a weak source. Reporting gathered up to 1 July 2026.'
		);
	});

	it('shows the yellow line’s held area and the dotted band, not the phase’s stage nor later lines', async () => {
		const { svg } = await sinceAt('phase-three');
		expect(svg.getAttribute('data-stage')).toBe('yellow');
		const held = [...svg.querySelectorAll('path.held')];
		expect(held.map(opacity)).toEqual(['0', '1', '0', '0']);
		expect(
			[...svg.querySelectorAll('g.line')].map((l) => [l.getAttribute('data-line'), l.getAttribute('data-state')])
		).toEqual([['yellow', 'current']]);
		const band = svg.querySelector('rect.band')!;
		expect(band.getAttribute('data-grown-by')).toBe('9');
		// Dotted, under a soft-edged mask: not a line from a map, and not told apart by colour alone.
		expect(band.getAttribute('fill')).toMatch(/^url\(#.+-since-dots\)$/);
		const mask = svg.querySelector(band.getAttribute('mask')!.slice(4, -1))!;
		expect(mask.querySelector('path')?.getAttribute('d')).toBe(since.layout.band?.area);
		expect(mask.querySelector('path')?.getAttribute('filter')).toMatch(/^url\(#.+-since-soft\)$/);
		expect(texts(svg, 'g.share-legend text')).toEqual([
			'Held at the fixture yellow line when the ceasefire began: 61% (fixture reading)',
			'Reported since: up to nearly 70% (Apr 2026). Schematic: sized to the growth reported, not drawn from any map.'
		]);
	});

	it('charts each share by date, a floor with its arrow, and leaves out the talks’ quotes', async () => {
		const { svg, view } = await sinceAt('phase-two');
		const shares = [...svg.querySelectorAll('g.share')];
		expect(shares.map((g) => [g.getAttribute('data-date'), g.getAttribute('data-value')])).toEqual([
			['2025-10-10', '61'],
			['2025-12', '64'],
			['2026-03-31', '50'],
			['2026-04', '70']
		]);
		expect(shares.map((g) => g.querySelector('text')?.textContent?.trim())).toEqual([
			'61%',
			'≈64% ⚠',
			'>50%',
			'≈70% ⚠'
		]);
		const xs = shares.map((g) => Number(g.querySelector('circle')?.getAttribute('cx')));
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(shares.map((g) => g.querySelector('path.floor') !== null)).toEqual([false, false, true, false]);
		expect(shares.map((g) => g.querySelector('line.span') !== null)).toEqual([false, true, false, true]);
		expect(texts(svg, '.share-chart .grid + text')).toEqual(['40%', '50%', '60%', '70%', '80%']);
		expect(svg.querySelectorAll('g.annotation-marker')).toHaveLength(0);
		expect(view.querySelector('ol.notes')).toBeNull();
		expect(svg.querySelector('g.legend')).toBeNull();
	});

	it('lists each share’s sources under the map, linked', async () => {
		const { view } = await sinceAt('phase-two');
		const items = [...view.querySelectorAll('.since-sources > li')];
		expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'10 Oct 2025, sources: Fixture Paper, Mar 2026',
			'Dec 2025, sources: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)',
			'31 Mar 2026, sources: Fixture Paper, Mar 2026',
			'Apr 2026, sources: Fixture Paper, Mar 2026; ' +
				'Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
		]);
		expect([...items[3].querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
			'https://example.org/fixture-paper',
			'https://example.org/fixture-wire'
		]);
	});

	it('gives the shares as a table in its text alternative', async () => {
		const { container } = await sinceAt('phase-one');
		const rows = [...container.querySelectorAll('details .since-notes tbody tr')];
		expect(rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent))).toEqual([
			['10 Oct 2025', '61% at the fixture line', 'Fixture officials'],
			['Dec 2025', 'about 64% (fixture estimate)', 'A fixture mapping group'],
			['31 Mar 2026', 'more than half (fixture minister)', 'A fixture minister'],
			['Apr 2026', 'nearly 70%, with a fixture line', 'Fixture Paper']
		]);
		expect(rows[1].querySelector('td:last-child a')?.getAttribute('href')).toBe('https://example.org/fixture-wire');
	});

	it('turns from the plan to the since view, its code fetched when first asked for', async () => {
		const { container, rerender } = render(MapDiagram, { drawing: drawingAt('phase-one') });
		expect(container.querySelector('figure')?.getAttribute('data-view')).toBe('plan');
		expect(container.querySelector('.share-chart')).toBeNull();
		await rerender({ drawing: drawingAt('phase-one'), view: 'since' });
		await vi.waitFor(() => expect(container.querySelectorAll('g.share')).toHaveLength(4), { timeout: 5000 });
		expect(container.querySelector('figure')?.getAttribute('data-view')).toBe('since');
		expect(container.querySelector('svg[data-view="since"]')?.getAttribute('data-stage')).toBe('yellow');
	});

	it('goes back to the phase’s stage, its legend and its quotes in the plan view', async () => {
		const { container, rerender } = await sinceAt('phase-three');
		await rerender({ drawing: drawingAt('phase-three'), view: 'plan' });
		expect(container.querySelector('figure')?.getAttribute('data-view')).toBe('plan');
		const plan = container.querySelector('svg[data-view="plan"]')!;
		expect(plan.getAttribute('data-stage')).toBe('buffer');
		expect(plan.querySelector('rect.band')).toBeNull();
		expect(plan.querySelector('g.legend')).not.toBeNull();
	});
});
