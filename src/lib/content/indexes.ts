// The lookups by id (and points by number), always worked out from the lists they index: the full content and each
// page's slice of it build them the same way, so a slice states only which items it keeps. A page's slice travels to
// the browser as lists alone (the lookups would repeat every id and make each item a shared reference) and its load
// builds the lookups again.
import type { Content } from './types';

type Lists = Pick<Content, 'sources' | 'quotes' | 'phases' | 'points' | 'figures' | 'actors'>;
type Indexes = Pick<Content, 'sourceById' | 'quoteById' | 'phaseById' | 'pointByNumber' | 'figureById' | 'actorById'>;

/** The content without its lookups: what a page's server load sends. */
export type ContentLists = Omit<Content, keyof Indexes>;

function byKey<T, K extends string | number>(items: T[], key: (item: T) => K): Record<K, T> {
	return Object.fromEntries(items.map((item) => [key(item), item])) as Record<K, T>;
}

export function withIndexes<C extends Lists>(content: C): C & Indexes {
	return {
		...content,
		sourceById: byKey(content.sources, (s) => s.id),
		quoteById: byKey(content.quotes, (q) => q.id),
		phaseById: byKey(content.phases, (p) => p.id),
		pointByNumber: byKey(content.points, (p) => p.number),
		figureById: byKey(content.figures, (f) => f.id),
		actorById: byKey(content.actors, (a) => a.id)
	};
}

/** The content's lists, without the lookups built from them. */
export function withoutIndexes({
	sourceById: _s,
	quoteById: _q,
	phaseById: _p,
	pointByNumber: _n,
	figureById: _f,
	actorById: _a,
	...lists
}: Content): ContentLists {
	return lists;
}
