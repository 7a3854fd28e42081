import { withIndexes } from '$lib/content/indexes';
import { loadDiagrams } from '$lib/diagrams/components';

/** The deck's slice with its lookups; the deck and the handout draw every kind of diagram. */
export const load = async ({ data }) => {
	await loadDiagrams();
	return { ...data, content: withIndexes(data.content) };
};
