// The kinds of view an embed shows and their pages' paths: apart from the catalogue's names, so that the embeds' one
// script (runtime.ts) carries none of the interface's messages.
import { diagramKinds, type DiagramKind } from '$lib/content/diagram-kinds';

/** Views of the whole plan rather than of one phase: they have no phases, and one page each. */
export const wholePlanViews = ['tracker'] as const;
export type WholePlanView = (typeof wholePlanViews)[number];

export type EmbedViewKind = 'stepper' | DiagramKind | 'timeline' | WholePlanView;

export const isDiagramKind = (value: string): value is DiagramKind =>
	(diagramKinds as readonly string[]).includes(value);

/** The embeds whose diagrams can open on the plan or on what happened since the talks: the stepper and each diagram. */
export const offersDiagramViews = (kind: EmbedViewKind): boolean => kind === 'stepper' || isDiagramKind(kind);

export const isEmbedViewKind = (value: string): value is EmbedViewKind =>
	value === 'stepper' || value === 'timeline' || wholePlanViews.some((v) => v === value) || isDiagramKind(value);

export const embedPath = (kind: EmbedViewKind, phaseId?: string) => `/embed/${kind}${phaseId ? `/${phaseId}` : ''}`;
