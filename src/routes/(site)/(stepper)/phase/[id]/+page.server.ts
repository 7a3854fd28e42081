import { error } from '@sveltejs/kit';
import { phaseSlice } from '$lib/content/slice';
import { content } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content.phases.map((p) => ({ id: p.id }));

export const load = ({ params }) => {
	const phase = content.phaseById[params.id];
	if (!phase) error(404, `There is no phase "${params.id}"`);
	return { phaseId: phase.id, content: phaseSlice(content, phase.id) };
};
