// The citations a since view shows beside a fact, made once per content: every drawing on a page then holds the same
// objects for a report it cites, and the page's data writes each of them once.
import { citationOf, type Citation } from '$lib/content/citation';
import type { Content } from '$lib/content/types';

type Cited = Pick<Content, 'sourceById' | 'reportById'>;

const made = new WeakMap<Cited, Map<string, Citation>>();

/** The citations of these article or report ids, in their order; an id that is neither is left out. */
export function sinceCitations(ids: string[], content: Cited): Citation[] {
	let byId = made.get(content);
	if (!byId) made.set(content, (byId = new Map()));
	return ids.flatMap((id) => {
		let citation = byId.get(id);
		if (!citation) {
			const cited = citationOf(id, content);
			// Plain data for the page: a field the report leaves out is absent, not undefined.
			citation = cited && (Object.fromEntries(Object.entries(cited).filter(([, v]) => v !== undefined)) as Citation);
			if (citation) byId.set(id, citation);
		}
		return citation ? [citation] : [];
	});
}
