// Each kind's drawing of what happened since the talks, in a chunk of its own, fetched with the since view's other
// parts (since-parts.ts) when a reader first asks for it.
import type { Component } from 'svelte';
import type { DiagramKind } from '$lib/content/types';
import type { AnySinceView, DiagramSinceViews } from './drawing';

/** The props of every since drawing: its kind's since view, the phase it is drawn at and the frame's id. */
export interface SinceDrawingProps<K extends DiagramKind> {
	since: NonNullable<DiagramSinceViews[K]>;
	phaseId: string;
	uid: string;
}

export type SinceDrawing = Component<{ since: NonNullable<AnySinceView>; phaseId: string; uid: string }>;

const loaders: { [K in DiagramKind]: () => Promise<{ default: Component<SinceDrawingProps<K>> }> } = {
	sequence: () => import('./sequence/SequenceSince.svelte'),
	exchange: () => import('./exchange/ExchangeSince.svelte'),
	map: () => import('./map/MapSince.svelte'),
	governance: () => import('./governance/GovernanceSince.svelte'),
	figures: () => import('./figures/FiguresSince.svelte')
};

/** The since drawing of a kind, once its code has arrived. */
export async function sinceDrawing(kind: DiagramKind): Promise<SinceDrawing> {
	const load = loaders[kind];
	// A kind's since drawing draws that kind's drawings: `loaders` pairs them by kind, which the types cannot follow
	// through the union of kinds.
	return (await load()).default as SinceDrawing;
}
