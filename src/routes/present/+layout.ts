import { loadDiagrams } from '$lib/diagrams/components';

/** The deck and the handout draw every kind of diagram. */
export const load = async ({ data }) => {
	await loadDiagrams();
	return data;
};
