// The figures' since view, in a chunk of its own: a page fetches it when a reader turns to the since view, and the
// server render has it at once.
export { default as FiguresSinceDiagram } from './FiguresSinceDiagram.svelte';
