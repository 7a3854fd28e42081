// A quote as a reader sees it cited: its words, who said them and how, and the article they come from.
import type { Content, Quote, Source } from './types';

/** What a citation shows of an article: its label, outlet where the text names one, and date. */
export type QuoteSource = Pick<Source, 'label' | 'outlet' | 'date' | 'dateInferred'>;

export interface CitedQuote extends Pick<
	Quote,
	'id' | 'text' | 'translation' | 'speaker' | 'speakerKind' | 'role' | 'speech'
> {
	source: QuoteSource;
}

const made = new WeakMap<object, Record<string, CitedQuote>>();

/**
 * Every quote with its article, by quote id; made once per content, so a page that cites one article several times
 * carries that article once in its data.
 */
export function citedQuotes(content: Pick<Content, 'quotes' | 'sourceById'>): Record<string, CitedQuote> {
	let cited = made.get(content);
	if (!cited) {
		const sources = Object.fromEntries(
			Object.entries(content.sourceById).map(([id, s]) => [
				id,
				{ label: s.label, outlet: s.outlet, date: s.date, dateInferred: s.dateInferred }
			])
		);
		cited = Object.fromEntries(
			content.quotes.map((q) => [
				q.id,
				{
					id: q.id,
					text: q.text,
					// Our translation, in an edition's content only: the English has none, and its pages carry nothing.
					...(q.translation ? { translation: q.translation } : {}),
					speaker: q.speaker,
					speakerKind: q.speakerKind,
					role: q.role,
					speech: q.speech,
					source: sources[q.source]
				}
			])
		);
		made.set(content, cited);
	}
	return cited;
}
