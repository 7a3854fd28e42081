// What a diagram's since view needs in the browser, in a chunk of its own: a site page fetches it when its reader first
// asks for what happened, so a page that opens on the plan loads none of it. An embed's load has it ahead.
export { default as SinceView } from './SinceView.svelte';
export { default as SinceText } from './SinceText.svelte';
export { sinceDrawing } from './since-drawings';
export { sinceData } from './since-data';

/** The parts a frame draws its since view with, and the kind's drawing among them. */
export interface PreparedSince {
	parts: typeof import('./since-parts');
	Since: import('./since-drawings').SinceDrawing;
}
