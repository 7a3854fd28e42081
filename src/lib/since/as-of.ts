// The one phrase for the present: every view that speaks of what is so now says as of when, from data/reporting.json,
// in the page's edition (or the one given, where a build lays out an edition's content).
import { longDate } from '$lib/format/format';
import type { Reporting } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** "reporting gathered up to 1 July 2026" */
export const gatheredUpToText = (reporting: Reporting, locale?: Locale): string =>
	m.site_gathered_up_to({ date: longDate(reporting.gatheredUpTo, locale) }, { locale });
