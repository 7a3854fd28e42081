// A stepper page's universal load, the home page's and each phase's: the slice the server sent, with its lookups built
// again, once the code of the diagrams the phase draws is here (so they render at once, on the server and in the browser).
import { withIndexes, type ContentLists } from '$lib/content/indexes';
import { kindsDrawn, loadDiagrams } from '$lib/diagrams/components';

export async function phasePageData<D extends { phaseId: string; content: ContentLists }>(data: D) {
	const content = withIndexes(data.content);
	await loadDiagrams(kindsDrawn(content, data.phaseId));
	return { ...data, content };
}
