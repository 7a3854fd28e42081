// While the first page hydrates, parts of it wait for a task of their own (Later.svelte): hydrating the whole page in
// one go is one long task on a slow phone, during which a tap goes unanswered. Svelte adopts the prerendered part when
// its turn comes, so nothing on screen changes. The server, and every render after start-up, draw them at once.
import { browser } from '$app/environment';

let starting = browser;
let turns: Promise<unknown> = Promise.resolve();

/** `true`: at once on the server and after start-up; in a later task while the first page hydrates. */
export function startTurn(): true | Promise<true> {
	if (!starting) return true;
	const turn = new Promise<true>((resolve) => setTimeout(() => resolve(true)));
	turns = Promise.all([turns, turn]);
	return turn;
}

/** Called once the first page has hydrated: marks <body data-hydrated> when the parts that waited have taken their turns. */
export function started(): void {
	starting = false;
	turns.then(() => setTimeout(() => (document.body.dataset.hydrated = 'true')));
}
