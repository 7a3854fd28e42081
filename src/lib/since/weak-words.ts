// Why a report is weak, in the words a reader sees beside its source, in the edition's language.
import type { WeakReason } from '$lib/content/weak-reasons';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

const words: Record<WeakReason, (inputs: object, options: { locale: Locale }) => string> = {
	'single-source': m.weak_single_source,
	mirror: m.weak_mirror,
	opinion: m.weak_opinion,
	'reliability-unclear': m.weak_reliability_unclear
};

/** "single source", "مصدر واحد", "מקור יחיד" */
export const weakReasonText = (reason: WeakReason, locale: Locale = getLocale()): string =>
	words[reason]({}, { locale });

/** " (⚠ single source; opinion)" after a source, or "" for a source with no weakness. */
export const weakNote = (reasons: readonly WeakReason[], locale: Locale = getLocale()): string =>
	reasons.length > 0 ? ` (⚠ ${reasons.map((r) => weakReasonText(r, locale)).join('; ')})` : '';
