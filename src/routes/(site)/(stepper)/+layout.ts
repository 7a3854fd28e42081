import { readyDiagrams } from '$lib/diagrams/components';

/** The page's drawings, drawable once the code of their kinds is here (on the server and before hydrating). */
export const load = async ({ data }) => ({ ...data, diagrams: await readyDiagrams(data.drawings) });
