import { readyDiagrams } from '$lib/diagrams/components';

// Drawn at build time only (no hydration), in both views: the embed's script shows one.
export const load = async ({ data }) => ({ ...data, diagrams: await readyDiagrams(data.drawings, { since: true }) });
