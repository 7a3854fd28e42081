import { readyDiagrams } from '$lib/diagrams/components';
import type { PhaseDiagrams } from '$lib/present/deck-page';

/** Each phase's main diagram, drawable once the code of its kind is here: the deck and the handout draw all five. */
export const load = async ({ data }) => {
	const [slide, stage] = await Promise.all([
		readyDiagrams(data.phases.map((p) => p.drawing)),
		readyDiagrams(data.phases.map((p) => p.stage))
	]);
	const diagrams: Record<string, PhaseDiagrams> = Object.fromEntries(
		data.phases.map((p, i) => [p.id, { slide: slide[i], stage: stage[i] }])
	);
	return { ...data, diagrams };
};
