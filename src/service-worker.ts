// The service worker that keeps the classroom deck working offline after one visit. Registered only by the deck's
// pages (src/routes/present/+layout.svelte), with the whole site as its scope, so the pages they link to work offline
// too. On install it saves, in a cache named by this build's version, the app's scripts and styles (`build`), the
// icons and the manifest (`files`) and the prerendered pages and their data (`prerendered`), less the still images,
// downloads, oEmbed files and embeds (src/lib/offline/precache.ts): 129 files, 3.2 MB, listed with their bytes in
// the README ("Offline"). Those are served from the cache first; any other same-origin GET from the network, kept in
// the cache as it passes, which answers when the network is gone. A new build installs beside the old one and waits:
// the deck offers a reload (src/lib/present/DeckToolbar.svelte), and this takes over only when the teacher chooses.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { editionOfPath } from '$lib/editions/built-edition';
import { precached, workerEdition } from '$lib/offline/precache';

// TypeScript types `self` as a window in a file that the DOM's types also cover; SvelteKit's documented way to
// reach the worker's own scope is to say what it is.
const worker = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `offline-${version}`;
/** The edition whose deck registered this worker (src/lib/offline/offline.svelte.ts): its pages are the ones saved. */
const edition = workerEdition(new URL(worker.location.href).pathname);
const PRECACHE = new Set([
	...build,
	...files.filter(precached),
	...prerendered.filter((path) => precached(path) && editionOfPath(path) === edition)
]);

worker.addEventListener('install', (event) => {
	// addAll fails whole if one file fails: a worker that installs has everything, so "Ready offline" is true.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHE])));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The page that installed the first version is served by it from now on, so that its next navigation (a
			// link to a phase, say) works if the network goes before a reload.
			await worker.clients.claim();
		})()
	);
});

/** The deck's "reload" button: the waiting version takes over (the page reloads when it has). */
worker.addEventListener('message', (event) => {
	if (event.data === 'take-over') worker.skipWaiting();
});

async function cacheFirst(path: string, request: Request): Promise<Response> {
	return (await caches.match(path, { cacheName: CACHE })) ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') {
			const copy = response.clone();
			caches.open(CACHE).then((cache) => cache.put(request, copy));
		}
		return response;
	} catch (offline) {
		const cached = await caches.match(request, { cacheName: CACHE });
		if (cached) return cached;
		throw offline;
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	// A page's query (?slide=4, ?view=since) and SvelteKit's on its data are read by the page, not the host: the
	// prerendered file is the same.
	if (PRECACHE.has(url.pathname)) event.respondWith(cacheFirst(url.pathname, request));
	else event.respondWith(networkFirst(request));
});
