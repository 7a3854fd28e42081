// While the first page hydrates, parts of it wait for a task of their own (Later.svelte): hydrating the whole page in
// one go is one long task on a slow phone, during which a tap goes unanswered. Svelte adopts the prerendered part when
// its turn comes, so nothing on screen changes. Renders after start-up draw them at once.
import { browser } from '$app/environment';

let starting = true;
let turns: Promise<unknown> = Promise.resolve();

/** Whether a part drawn now takes a turn: on the server (so that its markup is what the first hydration expects) and
 * in the browser until the first page has hydrated. */
export const isStarting = (): boolean => starting;

/** `true`: at once on the server; in a later task while the first page hydrates. */
export function startTurn(): true | Promise<true> {
	if (!browser) return true;
	const turn = new Promise<true>((resolve) => setTimeout(() => resolve(true)));
	turns = Promise.all([turns, turn]);
	return turn;
}

/** Called once the first page has hydrated: marks <body data-hydrated> when the parts that waited have taken their turns. */
export function started(): void {
	starting = false;
	turns.then(() => setTimeout(() => (document.body.dataset.hydrated = 'true')));
}
