import { loadDiagrams } from '$lib/diagrams/components';

// Drawn at build time only (no hydration): any of the five may be drawn.
export const load = async ({ data }) => {
	await loadDiagrams();
	return data;
};
