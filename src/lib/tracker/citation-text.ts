// A source as plain text, where it cannot be a link (the printed handout): outlet or article, date, and any weakness.
import type { Citation } from '$lib/content/citation';
import { weakReasons } from '$lib/content/weak-reasons';
import { datedText } from '$lib/format/format';

/** "AP, read on Daijiworld, 11 Dec 2025", "A blog, about Mar 2026 (⚠ single source)" */
export function citationText(c: Citation): string {
	const date = c.date ? `, ${datedText({ date: c.date, end: c.end, dateApproximate: c.dateApproximate })}` : '';
	const weak = c.weak.length > 0 ? ` (⚠ ${c.weak.map((w) => weakReasons[w]).join('; ')})` : '';
	return `${c.label}${date}${weak}`;
}
