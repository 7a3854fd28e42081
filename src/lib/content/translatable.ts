// Which fields of which files in data/ a translation carries. Ids, dates, numbers, links, kinds and references are
// never translated: an edition takes them from the English. A file's translation, data/translations/<lang>/<file>,
// holds only the fields named here, each entry under its key (its id, number or what names it).
import type { FileName, RawContent } from './schema';

/** Our own words: plain text, or markdown that stays markdown. */
export type Words = 'text' | 'markdown';

/**
 * An English text kept word for word (a quote, an article's headline): it stays in English in every edition, and our
 * translation goes into a field of its own, named here, which the page labels as a translation.
 */
export interface Verbatim {
	verbatim: string;
}

/** A list: of strings item by item; of objects under their key where they have one, else item by item. */
export type List<T> = T extends string
	? { list: Words }
	: T extends readonly unknown[]
		? never
		: T extends object
			? { list: Fields<T>; key?: (item: T) => string }
			: never;

/** An object inside an entry, with its own translated fields. */
export interface Group<T> {
	group: Fields<T>;
}

export type Rule<V> = V extends string
	? Words | Verbatim
	: V extends readonly (infer E)[]
		? List<E>
		: V extends object
			? Group<V>
			: never;

/** The translated fields of one entry; any other field of it comes from the English. */
export type Fields<T> = { [K in keyof T]?: Rule<NonNullable<T[K]>> };

type Item<F extends FileName> = RawContent[F] extends readonly (infer E)[] ? E : never;

/** A file of entries (an array), each under its key; or a file that is one object. */
export type FileRule<F extends FileName> = RawContent[F] extends readonly unknown[]
	? { key: (entry: Item<F>) => string; fields: Fields<Item<F>> }
	: { fields: Fields<RawContent[F]> };

export type TranslatableFile = Exclude<FileName, 'reporting.json' | 'geo/outline.json'>;

const byId = (entry: { id: string }) => entry.id;

export const translatable: { [F in TranslatableFile]: FileRule<F> } = {
	'sources.json': {
		key: byId,
		fields: {
			outlet: 'text',
			outletNote: 'text',
			dateNote: 'text',
			headline: { verbatim: 'headlineTranslation' },
			label: 'text'
		}
	},
	'quotes.json': {
		key: byId,
		fields: { text: { verbatim: 'translation' }, speaker: 'text', role: 'text' }
	},
	'themes.json': { key: byId, fields: { label: 'text' } },
	'points.json': {
		key: (p) => String(p.number),
		fields: { title: 'text', summary: 'markdown', keyFigures: { list: 'text' } }
	},
	'phases.json': {
		key: byId,
		fields: {
			title: 'text',
			summary: 'text',
			trigger: 'text',
			condition: 'text',
			body: 'markdown',
			quotes: { list: { annotates: 'text' }, key: (q) => q.quote },
			statusNote: 'text',
			now: { group: { note: 'text', caveat: 'text', question: 'text' } },
			questions: { list: 'text' },
			notes: { list: 'text' }
		}
	},
	'lesson-plan.json': {
		key: (l) => l.phase,
		fields: {
			aims: { list: 'text' },
			activity: { group: { secondary: 'text', university: 'text' } }
		}
	},
	'figures.json': {
		key: byId,
		fields: {
			label: 'text',
			unit: 'text',
			values: { list: { display: 'text', by: 'text', note: 'text' } },
			note: 'text',
			caveat: 'text'
		}
	},
	'order-disputes.json': { key: byId, fields: { statements: { list: { text: 'text' } } } },
	'actors.json': { key: byId, fields: { name: 'text', role: 'text' } },
	'relations.json': { key: (r) => `${r.from} ${r.kind} ${r.to}`, fields: { label: 'text' } },
	'governance-chart.json': {
		fields: {
			tier: { group: { caption: 'text' } },
			rows: { list: { slots: { list: { name: 'text', subtitle: 'text' }, key: (s) => s.actor } } },
			inside: { list: { name: 'text' }, key: (i) => `${i.from} ${i.to}` },
			since: { list: { steps: { list: { text: 'text' }, key: (s) => s.event } }, key: (b) => b.actor }
		}
	},
	'events.json': { key: byId, fields: { title: 'text', description: 'text', dateNote: 'text', caveat: 'text' } },
	'reports.json': {
		key: byId,
		fields: { outlet: 'text', readOn: 'text', citing: 'text', dateNote: 'text', weakNote: 'text' }
	},
	'tracker.json': { key: (t) => String(t.point), fields: { summary: 'text', caveat: 'text' } },
	'glossary.json': { key: byId, fields: { term: 'text', definition: 'markdown', usage: 'text' } },
	'geo/places.json': { key: byId, fields: { name: 'text' } },
	'geo/lines.json': {
		key: byId,
		fields: { label: 'text', share: { group: { display: 'text', source: 'text' } }, note: 'text' }
	}
};

export const translatableFiles = Object.keys(translatable) as TranslatableFile[];
