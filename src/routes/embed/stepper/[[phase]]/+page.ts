import { readyDiagrams } from '$lib/diagrams/components';

// Drawn at build time only (no hydration).
export const load = async ({ data }) => ({ ...data, diagrams: await readyDiagrams(data.drawings) });
