// What a reader gets from the map: the stage's hatched area and line, the faint other lines, towns, legend, notes and table.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { buildContent } from '$lib/content/build';
import { loadContentForTests, readDataFolder } from '$lib/content/test-content';
import type { Phase } from '$lib/content/types';
import { validateContent } from '$lib/content/validate';
import MapDiagram from './MapDiagram.svelte';

const mapContent = loadContentForTests();
type Stage = 'before' | 'yellow' | 'second' | 'buffer';
const state = (stage: Stage, annotations: { quote: string; anchor: string }[] = []) => ({
	kind: 'map' as const,
	stage,
	annotations
});
/** The content, built as the site's build does, with these quotes on the yellow-line phase's map (markers are placed at build time). */
function withYellowLineQuotes(annotations: { quote: string; anchor: string }[]) {
	const raw = readDataFolder();
	raw['phases.json'] = (raw['phases.json'] as Phase[]).map((p) =>
		p.id === 'yellow-line'
			? { ...p, diagrams: p.diagrams.map((d) => (d.kind === 'map' ? { ...d, annotations } : d)) }
			: p
	);
	return buildContent(validateContent(raw), (md) => md);
}
/** The text of each match, its lines (tspans) joined by spaces as a reader reads them. */
const texts = (root: Element, selector: string) =>
	[...root.querySelectorAll(selector)].map((e) => {
		const lines = [...e.querySelectorAll('tspan')].map((t) => t.textContent?.trim());
		return lines.length ? lines.join(' ') : e.textContent?.trim();
	});

describe('MapDiagram', () => {
	it('draws one scalable SVG, labelled by its title and the frame’s description', () => {
		const { container } = render(MapDiagram, { content: mapContent, state: state('yellow'), phaseId: 'yellow-line' });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('viewBox')).toMatch(/^0 0 400 \d+$/);
		expect(svg.getAttribute('width')).toBe('100%');
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(container.querySelector(`[id="${titleId}"]`)?.textContent).toBe('Map of the Gaza Strip: yellow line');
		expect(container.querySelector(`[id="${descId}"]`)?.textContent).toContain(
			'Israeli forces hold 53% of the Strip (official)'
		);
	});

	it('shows the yellow line’s area and line at the yellow stage, the later lines faint, and the five towns', () => {
		const { container } = render(MapDiagram, { content: mapContent, state: state('yellow'), phaseId: 'yellow-line' });
		const held = [...container.querySelectorAll('path.held')];
		expect(held.map((p) => p.getAttribute('data-stage'))).toEqual(['before', 'yellow', 'second', 'buffer']);
		expect(held.map((p) => (p as SVGElement).style.opacity)).toEqual(['0', '1', '0', '0']);
		expect(held.every((p) => p.getAttribute('fill')?.startsWith('url(#'))).toBe(true); // hatched, not colour alone
		const lines = [...container.querySelectorAll('g.line')];
		expect(lines.map((l) => [l.getAttribute('data-line'), l.getAttribute('data-state')])).toEqual([
			['yellow', 'current'],
			['second', 'later'],
			['buffer', 'later']
		]);
		expect(texts(container, 'g.town text')).toEqual([
			'Beit Hanoun',
			'Gaza City',
			'Deir al-Balah',
			'Khan Younis',
			'Rafah'
		]);
		expect(container.querySelectorAll('g.town circle.dot')).toHaveLength(5);
		expect(texts(container, 'svg text')).toEqual(
			expect.arrayContaining(['Mediterranean Sea', 'Israel', 'Egypt', '5 km', 'N'])
		);
	});

	it('gives the share in the legend and shows Al Jazeera’s 58% beside the official 53%', () => {
		const { container } = render(MapDiagram, { content: mapContent, state: state('yellow'), phaseId: 'yellow-line' });
		const legend = container.querySelector('g.legend')!;
		expect(legend.textContent).toContain('Yellow line: initial withdrawal');
		expect(texts(legend, 'text')).toContain('Israeli forces hold 53% of the Strip (official)');
		expect(texts(legend, 'text')).toEqual(expect.arrayContaining(['53%', 'Al Jazeera measured 58%']));
		expect(legend.querySelector('.bar-held')?.getAttribute('data-share')).toBe('53');
	});

	it('moves on in place: the same instance switches to the buffer zone', async () => {
		const { container, rerender } = render(MapDiagram, {
			content: mapContent,
			state: state('yellow'),
			phaseId: 'yellow-line'
		});
		const yellowArea = container.querySelector('path.held[data-stage="yellow"]');
		await rerender({ state: state('buffer'), phaseId: 'stabilization-force' });
		expect(container.querySelector('path.held[data-stage="yellow"]')).toBe(yellowArea); // kept, faded out
		expect((yellowArea as SVGElement).style.opacity).toBe('0');
		expect((container.querySelector('path.held[data-stage="buffer"]') as SVGElement).style.opacity).toBe('1');
		expect(container.querySelector('g.line[data-line="yellow"]')?.getAttribute('data-state')).toBe('earlier');
		expect(container.querySelector('g.line[data-line="buffer"]')?.getAttribute('data-state')).toBe('current');
		expect(container.querySelector('g.legend')?.textContent).toContain('about 15–18%');
	});

	it('draws no line of its own before the ceasefire, and all three lines faintly', () => {
		const { container } = render(MapDiagram, {
			content: mapContent,
			state: state('before'),
			phaseId: 'ceasefire-and-aid'
		});
		expect([...container.querySelectorAll('g.line')].map((l) => l.getAttribute('data-state'))).toEqual([
			'later',
			'later',
			'later'
		]);
		expect(container.querySelector('g.legend')?.textContent).toContain('about 80% of the Strip');
	});

	it('numbers the quotes: a marker on the map for each, and the notes beside it', () => {
		const [first, second] = mapContent.quotes;
		const annotations = [
			{ quote: first.id, anchor: 'yellow' },
			{ quote: second.id, anchor: 'rafah' }
		];
		const content = withYellowLineQuotes(annotations);
		const { container } = render(MapDiagram, { content, state: state('yellow', annotations), phaseId: 'yellow-line' });
		const markers = [...container.querySelectorAll('g.annotation-marker')];
		expect(markers.map((m) => m.getAttribute('data-note'))).toEqual(['1', '2']);
		expect(markers.every((m) => m.querySelector('line'))).toBe(true); // each with a leader line
		const notes = container.querySelectorAll('ol.notes > li');
		expect(notes).toHaveLength(2);
		expect(notes[1].textContent).toContain(second.text);
	});

	it.each(['yellow-line', 'stabilization-force'])(
		'draws a marker for every quote on the map in the %s phase',
		(phaseId) => {
			const mapState = mapContent.phaseById[phaseId].diagrams.find((d) => d.kind === 'map');
			if (mapState?.kind !== 'map') return; // the phase no longer shows the map
			const { container } = render(MapDiagram, { content: mapContent, state: mapState, phaseId });
			expect(container.querySelector('svg')?.getAttribute('data-stage')).toBe(mapState.stage);
			expect(container.querySelectorAll('g.annotation-marker')).toHaveLength(mapState.annotations.length);
			expect(container.querySelectorAll('ol.notes > li')).toHaveLength(mapState.annotations.length);
		}
	);

	it('draws no markers where the page shows no notes (a slide shows its quotes as text)', () => {
		const { container } = render(MapDiagram, { content: mapContent, state: state('yellow'), phaseId: 'yellow-line' });
		expect(mapContent.layouts.map!.markers['yellow-line'].length).toBeGreaterThan(0);
		expect(container.querySelectorAll('g.annotation-marker')).toHaveLength(0);
		expect(container.querySelector('ol.notes')).toBeNull();
	});

	it('shows the caveat and a table of the four stages with the current one marked', () => {
		const { container } = render(MapDiagram, {
			content: mapContent,
			state: state('second'),
			phaseId: 'stabilization-force'
		});
		expect(container.querySelector('.caveat')?.textContent).toContain('Lines are schematic and approximate');
		expect(container.querySelector('.caveat')?.textContent).toContain('the 40% and 15–18% figures are weakly sourced');
		const rows = [...container.querySelectorAll('tbody tr')];
		expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
			'Before the ceasefire',
			'Yellow line',
			'Second line',
			'Buffer zone'
		]);
		expect(rows.map((r) => r.getAttribute('aria-current'))).toEqual([null, null, 'step', null]);
		expect(rows[2].textContent).toContain('about 40%, weakly sourced');
	});
});
