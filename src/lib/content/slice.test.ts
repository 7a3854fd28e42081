import { describe, expect, it } from 'vitest';
import { EXCHANGE_FIGURES } from '$lib/diagrams/exchange/describe';
import { drawnFigures } from '$lib/diagrams/figures/describe';
import { buildDeck } from '$lib/present/deck';
import { withIndexes } from './indexes';
import { layoutOf } from './layout-of';
import { deckSlice, phaseSlice } from './slice';
import { loadContentForTests } from './test-content';

describe('phaseSlice', () => {
	const content = loadContentForTests();
	const phaseId = content.phases[2].id;
	const slice = withIndexes(phaseSlice(content, phaseId));
	const phase = slice.phaseById[phaseId];

	it('keeps every quote the phase shows or anchors to its diagrams, word for word, and no other', () => {
		const shown = [
			...phase.quotes.map((q) => q.quote),
			...phase.diagrams.flatMap((d) => d.annotations.map((a) => a.quote))
		];
		for (const id of shown) expect(slice.quoteById[id].text).toBe(content.quoteById[id].text);
		expect(slice.quotes.map((q) => q.id).sort()).toEqual([...new Set(shown)].sort());
		for (const q of slice.quotes)
			expect([q.speaker, q.role, q.source, q.speech]).toEqual([
				content.quoteById[q.id].speaker,
				content.quoteById[q.id].role,
				content.quoteById[q.id].source,
				content.quoteById[q.id].speech
			]);
		expect(slice.quotes.every((q) => Object.values(q.tags).every((list) => list.length === 0))).toBe(true);
	});

	it('keeps the phase in full, and of the others what the progress strip and the sequence diagram show', () => {
		const full = content.phaseById[phaseId];
		expect([phase.summary, phase.body, phase.quotes, phase.diagrams]).toEqual([
			full.summary,
			full.body,
			full.quotes,
			full.diagrams
		]);
		const shown = (p: (typeof content.phases)[number]) => [
			p.id,
			p.title,
			p.trigger,
			p.dependsOn,
			p.status,
			p.statusNote
		];
		expect(slice.phases.map(shown)).toEqual(content.phases.map(shown));
		const others = slice.phases.filter((p) => p.id !== phaseId);
		expect(
			others.every((p) => !p.summary && !p.condition && !p.body && p.quotes.length === 0 && p.points.length === 0)
		).toBe(true);
		// Which diagrams each phase draws, for the Embed dialog's choices; the quote markers only for this phase.
		expect(slice.phases.map((p) => p.diagrams.map((d) => d.kind))).toEqual(
			content.phases.map((p) => p.diagrams.map((d) => d.kind))
		);
		expect(others.flatMap((p) => p.diagrams).every((d) => d.annotations.length === 0)).toBe(true);
	});

	it('keeps of the ledger the figures its diagrams draw or count, unchanged', () => {
		// Phase 3 draws the exchange and the figures diagram.
		const wanted = new Set([...drawnFigures(layoutOf(content, 'figures').rows), ...EXCHANGE_FIGURES]);
		expect(new Set(slice.figures.map((f) => f.id))).toEqual(wanted);
		for (const f of slice.figures) expect(f).toBe(content.figureById[f.id]);
		expect(slice.figures.length).toBeLessThan(content.figures.length);
		const withoutFigures = content.phases.find(
			(p) => !p.diagrams.some((d) => d.kind === 'figures' || d.kind === 'exchange')
		)!;
		expect(phaseSlice(content, withoutFigures.id).figures).toEqual([]);
	});

	it('sends lists only: the page’s load builds the lookups by id from them', () => {
		const sent = phaseSlice(content, phaseId);
		for (const key of ['sourceById', 'quoteById', 'phaseById', 'pointByNumber', 'figureById', 'actorById'])
			expect(sent).not.toHaveProperty(key);
		expect(slice.phaseById[phaseId]).toBe(slice.phases[2]);
	});

	it('keeps the titles of the phase’s own points only', () => {
		expect(slice.points.map((p) => p.number)).toEqual(phase.points);
		for (const n of phase.points) expect(slice.pointByNumber[n].title).toBe(content.pointByNumber[n].title);
	});

	it('names each quote’s article, outlet and date, and leaves the notes on the sources to the sources page', () => {
		expect(slice.sources.map((s) => [s.id, s.label, s.outlet, s.date, s.dateInferred])).toEqual(
			content.sources.map((s) => [s.id, s.label, s.outlet, s.date, s.dateInferred])
		);
		for (const s of slice.sources) expect(slice.sourceById[s.id]).toBe(s);
		expect(slice.sources.every((s) => !s.headline && !s.outletNote && !s.dateNote)).toBe(true);
	});

	it('leaves out the classroom notes, the timeline, the glossary and the points’ themes', () => {
		expect(slice.phases.every((p) => p.notes.length === 0 && p.questions.length === 0)).toBe(true);
		expect(slice.events).toEqual([]);
		expect(slice.glossary).toEqual([]);
		expect(slice.themes).toEqual([]);
	});

	it('carries the map’s quote markers for this phase only, placed at build time', () => {
		const mapPhases = content.phases.filter((p) => p.diagrams.some((d) => d.kind === 'map'));
		expect(mapPhases.length).toBeGreaterThan(1);
		for (const p of mapPhases) {
			const map = phaseSlice(content, p.id).layouts.map!;
			expect(map.markers).toEqual({ [p.id]: content.layouts.map!.markers[p.id] });
			expect([map.taken, map.sides]).toEqual([[], { east: [], west: [] }]);
		}
	});

	it('carries the towns and the order disputes only to a page that draws the map or the sequence', () => {
		const draws = (id: string, kind: string) => content.phaseById[id].diagrams.some((d) => d.kind === kind);
		for (const p of content.phases) {
			const s = phaseSlice(content, p.id);
			expect(s.places, p.id).toEqual(draws(p.id, 'map') ? content.places : []);
			expect(s.orderDisputes, p.id).toEqual(draws(p.id, 'sequence') ? content.orderDisputes : []);
		}
	});

	it('carries the layouts of the diagrams the phase draws, and leaves behind the raw geography they were worked out from', () => {
		const kinds = phase.diagrams.map((d) => d.kind);
		expect(Object.keys(slice.layouts).sort()).toEqual([...kinds].sort());
		for (const kind of kinds) expect(slice.layouts[kind]).toBe(content.layouts[kind]);
		expect(slice.lines).toEqual([]);
		expect([slice.outline.gaza, slice.outline.israel, slice.outline.egypt]).toEqual([[], [], []]);
	});
});

describe('phaseSlice, per diagram', () => {
	const content = loadContentForTests();
	const withDiagram = (kind: string) => content.phases.find((p) => p.diagrams.some((d) => d.kind === kind))!.id;
	const without = (kind: string) => content.phases.find((p) => p.diagrams.every((d) => d.kind !== kind))!.id;

	it('gives the governance diagram its relations and the actors they name, and nobody else', () => {
		const slice = withIndexes(phaseSlice(content, withDiagram('governance')));
		expect(slice.relations).toEqual(content.relations);
		const named = new Set(content.relations.flatMap((r) => [r.from, r.to]));
		expect(slice.actors.map((a) => a.id).sort()).toEqual([...named].sort());
		for (const id of named) expect(slice.actorById[id].name).toBe(content.actorById[id].name);
		expect(phaseSlice(content, without('governance')).actors).toEqual([]);
	});

	it('gives the ledger to phases that draw figures or the exchange', () => {
		expect(withIndexes(phaseSlice(content, withDiagram('exchange'))).figureById['hostages-held']).toBe(
			content.figureById['hostages-held']
		);
		const noNumbers = content.phases.find((p) =>
			p.diagrams.every((d) => d.kind !== 'figures' && d.kind !== 'exchange')
		)!.id;
		expect(phaseSlice(content, noNumbers).figures).toEqual([]);
	});
});

describe('deckSlice', () => {
	const content = loadContentForTests();
	const slice = withIndexes(deckSlice(content));

	it('makes the same slides, notes and questions as the whole content', () => {
		expect(buildDeck(slice)).toEqual(buildDeck(content));
		expect(slice.phases.map((p) => [p.notes, p.questions, p.summary, p.trigger])).toEqual(
			content.phases.map((p) => [p.notes, p.questions, p.summary, p.trigger])
		);
	});

	it('keeps what the handout and the slides draw: every layout, the ledger, the actors, glossary and sources', () => {
		expect(slice.layouts).toBe(content.layouts);
		expect([slice.figures, slice.relations, slice.actors, slice.glossary, slice.sources]).toEqual([
			content.figures,
			content.relations,
			content.actors,
			content.glossary,
			content.sources
		]);
	});

	it('leaves out the long reading, the timeline, the quote markers and the raw geography', () => {
		expect(slice.phases.every((p) => p.body === '' && p.diagrams.every((d) => d.annotations.length === 0))).toBe(true);
		expect([slice.events, slice.lines, slice.outline.gaza]).toEqual([[], [], []]);
		expect(slice.quotes.length).toBeLessThan(content.quotes.length);
	});
});
