// The diagram components by kind, each in a chunk of its own: a page's load makes its drawings ready to draw by
// fetching the code of the kinds it draws, so a reader's browser fetches the code of the drawings on screen and not
// all five. Their styles travel with the server render (svelte.config.js), so a prerendered page is styled before
// this code comes.
import type { Component } from 'svelte';
import type { DiagramKind } from '$lib/content/types';
import type { AnyDrawing, DiagramProps } from './drawing';
import type { PreparedSince } from './since-parts';
import type { DiagramView } from './view';

const loaders: { [K in DiagramKind]: () => Promise<{ default: Component<DiagramProps<K>> }> } = {
	sequence: () => import('./sequence/SequenceDiagram.svelte'),
	exchange: () => import('./exchange/ExchangeDiagram.svelte'),
	map: () => import('./map/MapDiagram.svelte'),
	governance: () => import('./governance/GovernanceDiagram.svelte'),
	figures: () => import('./figures/FiguresDiagram.svelte')
};

/** A drawing with the component that draws it: the only thing `Diagram.svelte` draws, so nothing is drawn unloaded. */
export interface ReadyDiagram {
	drawing: AnyDrawing;
	Component: Component<{ drawing: AnyDrawing; view?: DiagramView }>;
	/** Its since view's parts, where the load fetched them ahead (an embed, which does not hydrate); else fetched when
	 * its reader asks. */
	since?: PreparedSince;
}

/**
 * The drawings, each with its kind's component, once the code of every kind among them has arrived; with `since`, each
 * with its since drawing too.
 */
export async function readyDiagrams(drawings: AnyDrawing[], { since = false } = {}): Promise<ReadyDiagram[]> {
	return Promise.all(
		drawings.map(async (drawing) => {
			const { default: Component } = await loaders[drawing.kind]();
			// A kind's component draws that kind's drawings: `loaders` pairs them by kind, which the types cannot follow
			// through the union of kinds.
			const ready = { drawing, Component: Component as Component<{ drawing: AnyDrawing; view?: DiagramView }> };
			if (!since) return ready;
			const parts = await import('./since-parts');
			return { ...ready, since: { parts, Since: await parts.sinceDrawing(drawing.kind) } };
		})
	);
}
