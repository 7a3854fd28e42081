import { readyDiagrams } from '$lib/diagrams/components';

// Drawn at build time only (no hydration).
export const load = async ({ data }) => {
	const [diagram] = await readyDiagrams([data.drawing]);
	return { ...data, diagram };
};
