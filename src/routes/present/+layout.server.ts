import { deckSlice } from '$lib/content/slice';
import { content } from '$lib/server/content';

/** The deck, the notes window and the handout are all built from the one validated content, less what none of them shows. */
export const load = () => ({ content: deckSlice(content) });
