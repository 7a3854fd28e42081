// While the first page hydrates, each diagram waits for a task of its own (Diagram.svelte): hydrating the whole page in
// one go is one long task on a slow phone, and the drawings are most of it. Svelte adopts the prerendered drawing when
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

/** Called once the first page has hydrated: marks <body data-hydrated> when the diagrams have taken their turns too. */
export function started(): void {
	starting = false;
	turns.then(() => setTimeout(() => (document.body.dataset.hydrated = 'true')));
}
