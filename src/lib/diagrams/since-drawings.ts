// Each kind's drawing of what happened since the talks, in a chunk of its own. A page fetches one when its reader first
// asks for the since view, so pages that start on the plan load none; a page that does not hydrate (an embed) has its
// load draw them ahead, so its own script can show them.
import { getContext, setContext, type Component } from 'svelte';
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

const key = Symbol('since-drawing');

/** Gives a diagram's frame the since drawing its page's load fetched ahead (an embed's), for the server to draw. */
export const provideSinceDrawing = (drawingFor: () => SinceDrawing | null | undefined) => setContext(key, drawingFor);

export const preparedSinceDrawing = (): SinceDrawing | null =>
	getContext<(() => SinceDrawing | null | undefined) | undefined>(key)?.() ?? null;
