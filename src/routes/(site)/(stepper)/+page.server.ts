import { phaseSlice } from '$lib/content/slice';
import { content } from '$lib/server/content';

/** The home page opens on the first phase. */
export const load = () => {
	const phaseId = content.phases[0].id;
	return { phaseId, content: phaseSlice(content, phaseId) };
};
