import { content, makers, stageMakers } from '$lib/server/content';
import { deckPage } from '$lib/server/deck-page';

/** The deck, the notes window and the handout share one page of data. */
export const load = () => deckPage(content, makers, stageMakers);
