import { content } from '$lib/server/content';

/** The deck, the notes window and the handout are all built from the one validated content. */
export const load = () => ({ content });
