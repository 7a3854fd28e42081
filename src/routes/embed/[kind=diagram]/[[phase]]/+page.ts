import { readyDiagrams } from '$lib/diagrams/components';

// Drawn at build time only (no hydration), in both views: the embed's script shows one.
export const load = async ({ data }) => {
	const [diagram] = await readyDiagrams([data.drawing], { since: true });
	return { ...data, diagram };
};
