import { withIndexes } from '$lib/content/indexes';
import { withAllDiagrams } from '$lib/diagrams/components';

/** The deck's slice with its lookups; the deck and the handout draw every kind of diagram. */
export const load = ({ data }) => withAllDiagrams({ ...data, content: withIndexes(data.content) });
