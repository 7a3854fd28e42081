// A kind's view of what happened since the talks, fetched from the build's JSON (src/routes/since) when a site page's
// reader first asks for it: once per kind, whichever phase asks.
import { resolve } from '$app/paths';
import type { DiagramKind } from '$lib/content/types';
import type { AnySinceView } from './drawing';

const fetched = new Map<DiagramKind, Promise<AnySinceView>>();

export function sinceData(kind: DiagramKind): Promise<AnySinceView> {
	let found = fetched.get(kind);
	if (!found) {
		found = fetch(resolve('/since/[kind=diagram].json', { kind })).then((response) => {
			if (!response.ok) throw new Error(`The since view of the ${kind} did not load (${response.status})`);
			return response.json();
		});
		// A failed fetch is forgotten, so the reader's next ask tries again.
		found.catch(() => fetched.delete(kind));
		fetched.set(kind, found);
	}
	return found;
}
