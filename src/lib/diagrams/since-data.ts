// A kind's view of what happened since the talks, fetched from the build's JSON (src/routes/since) when a site page's
// reader first asks for it, in the page's edition: once per kind, whichever phase asks.
import { resolve } from '$app/paths';
import type { DiagramKind } from '$lib/content/types';
import { getLocale } from '$lib/paraglide/runtime';
import type { AnySinceView } from './drawing';

const fetched = new Map<DiagramKind, Promise<AnySinceView>>();

export function sinceData(kind: DiagramKind): Promise<AnySinceView> {
	let found = fetched.get(kind);
	if (!found) {
		const locale = getLocale();
		const edition = locale === 'en' ? undefined : locale;
		found = fetch(resolve('/since/[[edition=edition]]/[kind=diagram].json', { kind, edition })).then((response) => {
			if (!response.ok) throw new Error(`The since view of the ${kind} did not load (${response.status})`);
			return response.json();
		});
		// A failed fetch is forgotten, so the reader's next ask tries again.
		found.catch(() => fetched.delete(kind));
		fetched.set(kind, found);
	}
	return found;
}
