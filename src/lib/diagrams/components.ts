// The diagram components by kind. A stepper page loads those its phase draws, each from a chunk of its own, so a reader
// fetches the code of the drawings on screen and not all five; the deck, the handout and the embeds take all (all.ts).
import type { Component } from 'svelte';
import type { Content, DiagramKind, DiagramState } from '$lib/content/types';

export interface DiagramProps<K extends DiagramKind = DiagramKind> {
	content: Content;
	state: Extract<DiagramState, { kind: K }>;
	phaseId: string;
}

export type DiagramComponents = { [K in DiagramKind]?: Component<DiagramProps<K>> };

const loaders: { [K in DiagramKind]: () => Promise<{ default: Component<DiagramProps<K>> }> } = {
	sequence: () => import('./sequence/SequenceDiagram.svelte'),
	exchange: () => import('./exchange/ExchangeDiagram.svelte'),
	map: () => import('./map/MapDiagram.svelte'),
	governance: () => import('./governance/GovernanceDiagram.svelte'),
	figures: () => import('./figures/FiguresDiagram.svelte')
};

export async function loadDiagrams(kinds: readonly DiagramKind[]): Promise<DiagramComponents> {
	return Object.fromEntries(await Promise.all(kinds.map(async (kind) => [kind, (await loaders[kind]()).default])));
}

/** A stepper page's data with the components of the diagrams its phase draws. */
export async function withDiagrams<D extends { phaseId: string; content: Content }>(data: D): Promise<D & { diagrams: DiagramComponents }> {
	return { ...data, diagrams: await loadDiagrams(data.content.phaseById[data.phaseId].diagrams.map((d) => d.kind)) };
}

/** The component for a state's kind; one kind's props fit it, since the state picked it. */
export function componentFor(components: DiagramComponents, kind: DiagramKind): Component<DiagramProps> {
	const component = components[kind];
	if (!component) throw new Error(`No ${kind} diagram component was loaded for this page`);
	return component as Component<DiagramProps>;
}
