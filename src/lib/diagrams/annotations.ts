// Resolves a diagram's quote annotations to numbered notes: the number links the marker to its note.
import type { Content, Quote, Source } from '$lib/content/types';

export interface AnnotationNote {
	n: number;
	anchor: string;
	quote: Quote;
	source: Source;
}

/** Each annotation's number, in the order the diagram's state lists them. */
export function numberedAnchors<A extends { anchor: string }>(annotations: A[]): (A & { n: number })[] {
	return annotations.map((a, i) => ({ ...a, n: i + 1 }));
}

export function annotationNotes(annotations: { quote: string; anchor: string }[], content: Content): AnnotationNote[] {
	return numberedAnchors(annotations).map(({ n, anchor, quote: id }) => {
		const quote = content.quoteById[id];
		return { n, anchor, quote, source: content.sourceById[quote.source] };
	});
}
