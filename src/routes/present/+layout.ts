import { readyDiagrams } from '$lib/diagrams/components';

/** Each phase's main diagram, drawable once the code of its kind is here: the deck and the handout draw all five. */
export const load = async ({ data }) => {
	const ready = await readyDiagrams(data.phases.map((p) => p.drawing));
	return { ...data, diagrams: Object.fromEntries(ready.map((d) => [d.drawing.phaseId, d])) };
};
