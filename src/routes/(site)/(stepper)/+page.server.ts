import { content } from '$lib/server/content';

/** The home page opens on the first phase. */
export const load = () => ({ phaseId: content.phases[0].id });
