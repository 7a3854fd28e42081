// Which view a page's diagrams show, and how the reader changes it: one choice per page, shared by every diagram's
// switch, so that one click (or the URL's ?view=since) turns all of them.
import { getContext, setContext } from 'svelte';
import type { DiagramView } from './view';

export interface DiagramViewChoice {
	/** The view shown now (a getter where it changes as the reader chooses). */
	readonly view: DiagramView;
	/** Shows a view. Absent on the embeds, which do not hydrate: their own small script switches the views. */
	choose?: (view: DiagramView) => void;
}

const key = Symbol('diagram-view');

export const provideDiagramView = (choice: DiagramViewChoice) => setContext(key, choice);

/** The page's choice, or null where the page offers none (the deck and the handout show the plan). */
export const diagramViewChoice = (): DiagramViewChoice | null => getContext<DiagramViewChoice>(key) ?? null;

/** The context that gives a component mounted on its own the page's choice (as component tests mount diagrams). */
export const diagramViewContext = (choice: DiagramViewChoice) => new Map<symbol, DiagramViewChoice>([[key, choice]]);
