// The downloadable datasets, made once per build for each edition, from its content and in its language.
import { datasets, type Dataset } from '$lib/downloads/datasets';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { edition } from './content';

const built = new Map<Locale, Record<Dataset['name'], Dataset>>();

/** The datasets of the edition being rendered (its address says which: /data/…, /ar/data/…), made on first use. */
export function editionDatasets(locale: Locale = getLocale()): Record<Dataset['name'], Dataset> {
	let found = built.get(locale);
	if (!found) {
		found = datasets(edition(locale).content, locale);
		built.set(locale, found);
	}
	return found;
}
