// The lookups by id (and points by number), worked out from the lists they index.
import type { Content } from './types';

type Lists = Pick<
	Content,
	'sources' | 'quotes' | 'phases' | 'points' | 'figures' | 'actors' | 'reports' | 'events' | 'tracker'
>;
type Indexes = Pick<
	Content,
	| 'sourceById'
	| 'quoteById'
	| 'phaseById'
	| 'pointByNumber'
	| 'figureById'
	| 'actorById'
	| 'reportById'
	| 'eventById'
	| 'trackerByPoint'
>;

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
		actorById: byKey(content.actors, (a) => a.id),
		reportById: byKey(content.reports, (r) => r.id),
		eventById: byKey(content.events, (e) => e.id),
		trackerByPoint: byKey(content.tracker, (t) => t.point)
	};
}
