// The language switch's links carry the reader's place on pages that do not hydrate (the timeline): such a page's
// own script writes its filter into the address, and gives the switch's links the same query, which the switch's
// click handler would do on a hydrated page (LanguageSwitch.svelte).

/** Gives every link of the language switch in `doc` this query ("?phase=exchange", or "" for none). */
export function keepPlaceInSwitch(doc: Document, search: string): void {
	for (const link of doc.querySelectorAll<HTMLAnchorElement>('nav.languages a[hreflang]')) link.search = search;
}
