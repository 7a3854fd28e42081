// Resolves a diagram's quote annotations to numbered notes: the number links the marker to its note.
import type { Content, Quote, Source } from '$lib/content/types';

export interface AnnotationNote {
	n: number;
	anchor: string;
	quote: Quote;
	source: Source;
}

export function annotationNotes(annotations: { quote: string; anchor: string }[], content: Content): AnnotationNote[] {
	return annotations.map((a, i) => {
		const quote = content.quoteById[a.quote];
		return { n: i + 1, anchor: a.anchor, quote, source: content.sourceById[quote.source] };
	});
}
