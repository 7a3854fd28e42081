import { edition } from '$lib/server/content';
import { deckPage } from '$lib/server/deck-page';

/** The deck, the notes window and the handout share one page of data. */
export const load = () => {
	const { content, makers, stageMakers } = edition();
	return deckPage(content, makers, stageMakers);
};
