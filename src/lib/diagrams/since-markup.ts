// Turns a since view's words into the markup its frame shows, once per build: the doubts and each row's sources under
// the drawing, and the rows as a table in the text alternative. They never change in the browser, so pages carry them
// as markup in the drawing's data and load no code to draw them. Every text is escaped here.
import type { Citation } from '$lib/content/citation';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { sourceLinks, sourcesLabel } from '$lib/since/source-links';
import { punctuation } from '$lib/editions/punctuation';
import type { SinceFacts, SinceText } from './since';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A fact's sources, as SourceLinks.svelte draws them (and styled alike by the frame). */
function sourcesMarkup(citations: Citation[], locale: Locale, label?: string): string {
	const links = sourceLinks(citations, locale).map(
		(c) =>
			`<a href="${escape(c.href)}"${c.external ? ' rel="external noreferrer"' : ''}>${escape(c.label)}</a>` +
			`${escape(c.after)}${c.weak ? `<span class="weak">${escape(c.weak)}</span>` : ''}`
	);
	const named = `<span class="label">${escape(sourcesLabel(citations, label, locale))}:</span>`;
	return `<p class="sources">${named} ${links.join(punctuation(locale).semicolon)}</p>`;
}

function notesMarkup(text: SinceText, sourcesUnder: boolean, locale: Locale): string {
	const doubts = text.caveats.map((c) => `<p class="caveat"><span aria-hidden="true">⚠</span> ${escape(c)}</p>`);
	if (!sourcesUnder) return doubts.join('');
	const sources = text.rows
		.filter((r) => r.citations.length)
		.map(
			(r) =>
				`<li>${sourcesMarkup(r.citations, locale, m.site_diagram_row_sources({ row: r.cells[0] }, { locale }))}</li>`
		);
	return `${doubts.join('')}<ul class="since-sources">${sources.join('')}</ul>`;
}

function tableMarkup(text: SinceText, locale: Locale): string {
	const head = [...text.columns, m.site_sources_label({}, { locale })]
		.map((c) => `<th scope="col">${escape(c)}</th>`)
		.join('');
	const rows = text.rows.map(
		({ cells: [name, ...cells], citations }) =>
			`<tr><th scope="row">${escape(name)}</th>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}` +
			`<td>${citations.length ? sourcesMarkup(citations, locale) : '—'}</td></tr>`
	);
	return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The since view's facts as markup, in the edition given (the page's where none is). `sourcesUnder: false` where the
 * drawing shows each row's sources itself (the figures): under it go the doubts only, and the table still lists every
 * source.
 */
export function sinceFacts(
	text: SinceText,
	{ sourcesUnder = true, locale = getLocale() }: { sourcesUnder?: boolean; locale?: Locale } = {}
): SinceFacts {
	return {
		description: text.description,
		asOf: text.asOf,
		notesHtml: notesMarkup(text, sourcesUnder, locale),
		tableHtml: tableMarkup(text, locale)
	};
}
