// While the first page hydrates, parts of it wait for a task of their own (HydrateApart.svelte): hydrating the whole
// page in one go is one long task on a slow phone, during which a tap goes unanswered. Svelte adopts the prerendered
// part when its task comes, so nothing on screen changes. Whatever is drawn after start-up is drawn at once.
// docs/start-up.md maps this with the other pieces of the start-up.
import { browser } from '$app/environment';

let firstPage = true;
let tasks: Promise<unknown> = Promise.resolve();

/** Whether a part drawn now waits for a task of its own: on the server (so that its markup is what the first
 * hydration expects) and in the browser until the first page has hydrated. */
export const waitsForOwnTask = (): boolean => firstPage;

/** `true`: at once on the server; in a task of its own (a timer) in the browser. */
export function ownTask(): true | Promise<true> {
	if (!browser) return true;
	const task = new Promise<true>((resolve) => setTimeout(() => resolve(true)));
	tasks = Promise.all([tasks, task]);
	return task;
}

/** Called once the first page has hydrated: marks <body data-hydrated> once the parts that waited have had their
 * tasks (the browser tests wait for it). */
export function firstPageHydrated(): void {
	firstPage = false;
	tasks.then(() => setTimeout(() => (document.body.dataset.hydrated = 'true')));
}
