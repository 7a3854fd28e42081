// Whether the deck is saved for offline use: the service worker (src/service-worker.ts) registered by the deck's pages
// only, so that a reader of the explainer never downloads the deck's cache. The deck's toolbar shows the state
// (src/lib/present/DeckToolbar.svelte); where service workers are unavailable it stays null and nothing shows.
import { getLocale } from '$lib/paraglide/runtime';
import { workerScript } from './precache';

/** Saving the deck's files; all saved; a new build is saved and waits for a reload. */
export type OfflineState = 'saving' | 'ready' | 'update';

export const offline = $state<{ state: OfflineState | null }>({ state: null });

/** Registers the service worker for the whole site and follows its install, and a new build's, into `offline`. */
export function keepOffline() {
	if (!('serviceWorker' in navigator)) return;
	const workers = navigator.serviceWorker;
	offline.state = 'saving';
	// The worker saves the pages of the deck's edition (src/service-worker.ts).
	workers.register(workerScript(getLocale()), { scope: '/' }).then(
		(registration) => {
			// A version waits only beside one that serves the page: on the first visit it goes straight on to active.
			const follow = () =>
				(offline.state =
					registration.waiting && workers.controller ? 'update' : registration.active ? 'ready' : 'saving');
			registration.addEventListener('updatefound', () =>
				registration.installing?.addEventListener('statechange', follow)
			);
			registration.installing?.addEventListener('statechange', follow);
			follow();
		},
		() => (offline.state = null)
	);
}

/** The waiting version takes over, and the page reloads under it. */
export async function reloadNewVersion() {
	const workers = navigator.serviceWorker;
	workers.addEventListener('controllerchange', () => location.reload());
	(await workers.getRegistration())?.waiting?.postMessage('take-over');
}
