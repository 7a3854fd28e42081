// The diagram components by kind, each in a chunk of its own: a page's load fetches the ones it draws before the page
// renders, so a reader's browser fetches the code of the drawings on screen and not all five. Their styles travel with
// the server render (svelte.config.js), so the prerendered page is styled before any of this code arrives.
import type { Component } from 'svelte';
import type { Content, DiagramKind, DiagramState } from '$lib/content/types';

export interface DiagramProps<K extends DiagramKind = DiagramKind> {
	content: Content;
	state: Extract<DiagramState, { kind: K }>;
	phaseId: string;
}

const loaders: { [K in DiagramKind]: () => Promise<{ default: Component<DiagramProps<K>> }> } = {
	sequence: () => import('./sequence/SequenceDiagram.svelte'),
	exchange: () => import('./exchange/ExchangeDiagram.svelte'),
	map: () => import('./map/MapDiagram.svelte'),
	governance: () => import('./governance/GovernanceDiagram.svelte'),
	figures: () => import('./figures/FiguresDiagram.svelte')
};

// A component, once loaded, is the same for every page and request: kept here so that drawing one is synchronous.
const loaded: { [K in DiagramKind]?: Component<DiagramProps<K>> } = {};

/** Loads the components of these kinds (all five when none are named); resolves when each can be drawn. */
export async function loadDiagrams(kinds = Object.keys(loaders) as DiagramKind[]): Promise<void> {
	await Promise.all(
		kinds.map(async <K extends DiagramKind>(kind: K) => {
			loaded[kind] ??= (await loaders[kind]()).default as (typeof loaded)[K];
		})
	);
}

/** A load's data, once all five kinds can be drawn: for the pages that may draw any of them (embeds, deck, handout). */
export async function withAllDiagrams<D>(data: D): Promise<D> {
	await loadDiagrams();
	return data;
}

/** The kinds of diagram one phase draws. */
export const kindsDrawn = (content: Pick<Content, 'phaseById'>, phaseId: string): DiagramKind[] =>
	content.phaseById[phaseId].diagrams.map((d) => d.kind);

/** The component for a kind; its page's load must have loaded it. */
export function diagramComponent(kind: DiagramKind): Component<DiagramProps> {
	const component = loaded[kind];
	if (!component)
		throw new Error(`The ${kind} diagram was drawn before its code was loaded: the page's load must call loadDiagrams`);
	return component as Component<DiagramProps>;
}
