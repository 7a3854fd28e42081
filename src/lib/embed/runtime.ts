// What runs in an embed page, before its body is parsed: apply the URL options, carry them on links between
// embed pages, switch the diagrams between the plan and what happened (both are in the page), and keep telling the
// parent page how tall the content is (pym.js and frames/AMP formats).
import { keyStep } from '$lib/stepper/gestures';
import { pageDirection } from '$lib/editions/page-direction';
import { embedPath, isEmbedViewKind, type EmbedViewKind } from './view-kinds';
import { heightMessages, readParentMessage } from './messages';
import { embedQuery, parseEmbedOptions, type EmbedOptions } from './options';
import { diagramViewOf, type DiagramView } from '$lib/diagrams/view';

/** The page describes itself in <meta name="embed-view" content="map" data-phase="…" data-phases="… …">. */
function readView(doc: Document): { kind: EmbedViewKind; phase: string; phases: string[] } | null {
	const meta = doc.querySelector('meta[name="embed-view"]');
	const kind = meta?.getAttribute('content') ?? '';
	if (!isEmbedViewKind(kind)) return null;
	return {
		kind,
		phase: meta?.getAttribute('data-phase') ?? '',
		phases: (meta?.getAttribute('data-phases') ?? '').split(' ').filter(Boolean)
	};
}

export function applyOptions(root: HTMLElement, options: EmbedOptions) {
	if (options.theme === 'auto') root.removeAttribute('data-theme');
	else root.setAttribute('data-theme', options.theme);
	root.setAttribute('data-embed-title', options.title ? '1' : '0');
	root.setAttribute('data-embed-source', options.source ? '1' : '0');
	// The diagrams' styles show the view the page is marked with (src/lib/diagrams/DiagramFrame.svelte).
	root.setAttribute('data-view', options.view);
}

/** Marks the page with a view and presses its button on every diagram's switch. */
export function showView(doc: Document, view: DiagramView) {
	doc.documentElement.setAttribute('data-view', view);
	for (const button of doc.querySelectorAll<HTMLElement>('[data-view-choice]'))
		button.setAttribute('aria-pressed', String(button.dataset.viewChoice === view));
}

/** An embed page's path, in any edition: /embed/…, or /ar/embed/… and /he/embed/… ($1 is the edition's prefix). */
const embedPagePath = /^(\/[a-z]{2})?\/embed\//;

/** The edition's prefix of a path ("/ar" in /ar/embed/map), or "" for English: where the page's links stay. */
export const editionPrefix = (pathname: string): string => embedPagePath.exec(pathname)?.[1] ?? '';

/** Links between embed pages (the stepper's phases) keep the options and pym's id. */
function carryOptions(doc: Document, query: string) {
	for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href*="/embed/"]')) {
		const path = (link.getAttribute('href') ?? '').split('?')[0];
		if (embedPagePath.test(path)) link.setAttribute('href', path + query);
	}
}

/** Sends the content's height to the parent: forced, or only when it changed since the last message. */
function heightReporter(win: Window, childId: string | null) {
	let last = -1;
	const embedded = win.parent !== win;
	return (force: boolean) => {
		const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
		if (!embedded || (!force && height === last)) return;
		last = height;
		for (const message of heightMessages(height, childId)) win.parent.postMessage(message, '*');
	};
}

export function startEmbed(win: Window) {
	const doc = win.document;
	const root = doc.documentElement;
	const view = readView(doc);
	const options = parseEmbedOptions(win.location.search, view?.phases);
	applyOptions(root, options);

	// ?phase= opens another phase of the same view, where the view has it: go there, in the same edition, keeping the
	// other options.
	let carried = embedQuery({ ...options, phase: null });
	if (view && options.phase && options.phase !== view.phase) {
		const path = editionPrefix(win.location.pathname) + embedPath(view.kind, options.phase);
		win.location.replace(path + carried + win.location.hash);
		return;
	}

	const report = heightReporter(win, options.childId);
	win.addEventListener('message', (event: MessageEvent) => {
		if (event.source !== win.parent || win.parent === win) return;
		const message = readParentMessage(event.data, options.childId);
		if (message) report(true); // pym's width (the parent resized) or frames' hello: answer with the height
	});
	win.addEventListener('load', () => report(true));
	win.addEventListener('resize', () => report(false));
	win.addEventListener('pageshow', (event) => event.persisted && report(true));

	const ready = () => {
		if (carried) carryOptions(doc, carried);
		showView(doc, options.view);
		new ResizeObserver(() => report(false)).observe(root);
		report(true);
		doc.fonts?.ready.then(() => report(true)).catch(() => {});
	};
	if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', ready, { once: true });
	else ready();

	// A diagram's switch: the page shows the view chosen, the stepper's links keep it, the parent hears the new height.
	doc.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-view-choice]');
		if (!button) return;
		const view = diagramViewOf(button.dataset.viewChoice);
		showView(doc, view);
		root.setAttribute('data-view-switched', '');
		carried = embedQuery({ ...options, phase: null, view });
		carryOptions(doc, carried);
		win.requestAnimationFrame(() => report(true));
	});

	// In the stepper, the arrow keys follow previous / next like the full explainer's.
	doc.addEventListener('keydown', (event) => {
		const step = keyStep(event, pageDirection(doc));
		if (!step || view?.kind !== 'stepper') return;
		doc.querySelector<HTMLAnchorElement>(step === 1 ? 'a[rel="next"]' : 'a[rel="prev"]')?.click();
	});
}
