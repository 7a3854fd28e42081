// A source as plain text, where it cannot be a link (the printed handout): outlet or article, date, and any weakness.
import type { Citation } from '$lib/content/citation';
import { datedText } from '$lib/format/format';
import { weakNote } from '$lib/since/weak-words';

/** "AP, read on Daijiworld, 11 Dec 2025", "A blog, about Mar 2026 (⚠ single source)" */
export function citationText(c: Citation): string {
	const date = c.date ? `, ${datedText({ date: c.date, end: c.end, dateApproximate: c.dateApproximate })}` : '';
	return `${c.label}${date}${weakNote(c.weak)}`;
}
