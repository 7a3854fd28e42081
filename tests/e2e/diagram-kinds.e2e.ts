// Every kind of diagram has every part a kind needs (docs/adding-a-diagram.md): a maker that lays it out and describes
// it, a component that the page loads and that draws it with its text alternative, and embed pages in the built site.
import { existsSync, readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { diagramKinds } from '../../src/lib/content/diagram-kinds';
import { loadContentForTests } from '../../src/lib/content/test-content';
import { readyDiagrams } from '../../src/lib/diagrams/components';
import Diagram from '../../src/lib/diagrams/Diagram.svelte';
import { diagramMakers, drawingOf } from '../../src/lib/diagrams/makers';
import { embedPath, viewNames } from '../../src/lib/embed/catalogue';

const content = loadContentForTests();
const makers = diagramMakers(content);
const built = (path: string) => new URL(`../../build${path}.html`, import.meta.url);

describe.each(diagramKinds)('the %s diagram', (kind) => {
	const phase = content.phases.find((p) => p.diagrams.some((d) => d.kind === kind));

	it('is drawn by some phase', () => expect(phase?.id).toBeTruthy());

	it('has a maker: a layout, a table and a description for the phase', () => {
		const drawing = drawingOf(
			makers,
			content,
			phase!.id,
			phase!.diagrams.find((d) => d.kind === kind)!,
			'with-notes'
		);
		expect(drawing.kind).toBe(kind);
		expect(drawing.layout.width).toBeGreaterThan(0);
		expect(drawing.layout.height).toBeGreaterThan(0);
		expect(drawing.description.length).toBeGreaterThan(40);
		const rows = 'rows' in drawing.table ? drawing.table.rows : drawing.table;
		expect(rows.length).toBeGreaterThan(0);
	});

	it('has a component that its page loads, and that draws it with its text alternative', async () => {
		const state = phase!.diagrams.find((d) => d.kind === kind)!;
		const [diagram] = await readyDiagrams([drawingOf(makers, content, phase!.id, state, 'with-notes')]);
		const { body } = await render(Diagram, { props: { diagram } });
		expect(body).toMatch(/<svg[^>]* role="img"/);
		expect(body).toContain('<title');
		expect(body).toContain(diagram.drawing.description.replaceAll('&', '&amp;'));
		expect(body).toContain('<table');
	});

	it('has an embed page of its own, and one for each phase that draws it', () => {
		expect(viewNames[kind]).toBeTruthy();
		const pages = [
			embedPath(kind),
			...content.phases.filter((p) => p.diagrams.some((d) => d.kind === kind)).map((p) => embedPath(kind, p.id))
		];
		for (const page of pages) {
			expect(existsSync(built(page)), `${page} is prerendered`).toBe(true);
			expect(readFileSync(built(page), 'utf8')).toMatch(/<svg[^>]* role="img"/);
		}
	});
});
