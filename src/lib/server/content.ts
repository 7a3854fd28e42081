// The one place content is loaded: every JSON file in data/, validated and indexed once per build, and every diagram
// laid out once from it, for each edition. The editions' translations (data/translations/) are validated against the
// English here too, and an edition the site serves (project.inlang/settings.json) must have every file translated.
import { translatedData } from '$lib/content/apply-translation';
import { buildContent } from '$lib/content/build';
import type { Content } from '$lib/content/types';
import { languages, type Language } from '$lib/content/schema-translations';
import { ContentError, validateContent } from '$lib/content/validate';
import { completeEditionsOf, validateTranslations, type EditionsStatus } from '$lib/content/validate-translations';
import { diagramMakers, type DiagramMakers } from '$lib/diagrams/makers';
import { getLocale, locales, type Locale } from '$lib/paraglide/runtime';
import { renderMarkdown } from './markdown';

const modules = import.meta.glob('/data/**/*.json', { eager: true, import: 'default' });

function readDataFolder(): Record<string, unknown> {
	return Object.fromEntries(Object.entries(modules).map(([path, value]) => [path.replace(/^\/data\//, ''), value]));
}

const raw = readDataFolder();
const english = validateContent(raw);

/** The English content: ids, dates and numbers, which every edition shares. */
export const content: Content = buildContent(english, renderMarkdown);

/** Each edition's translations: validated (a fault stops the build), and which files each still lacks. */
export const editions: EditionsStatus = validateTranslations(raw, english);

/** The editions that have every translatable file of data/. */
export function completeEditions(): Language[] {
	return completeEditionsOf(editions);
}

const isLanguage = (locale: Locale): locale is Language => languages.some((l) => l === locale);

// An edition the site serves with a file left in English would be half in English: stop the build instead.
for (const locale of locales.filter(isLanguage))
	if (!editions[locale].complete)
		throw new ContentError(
			editions[locale].missing.map((file) => ({
				file: `translations/${locale}/${file}`,
				path: '',
				expected: `the file to exist: the ${locale} edition is served (project.inlang/settings.json)`
			}))
		);

/** One edition's content and its diagrams, laid out for the page and for a slide's whole stage. */
export interface EditionContent {
	content: Content;
	makers: DiagramMakers;
	/** The same diagrams laid out for a slide's whole stage (the deck's diagram slides). */
	stageMakers: DiagramMakers;
}

function editionOf(content: Content, locale: Locale): EditionContent {
	return {
		content,
		makers: diagramMakers(content, 'page', locale),
		stageMakers: diagramMakers(content, 'stage', locale)
	};
}

const built = new Map<Locale, EditionContent>([['en', editionOf(content, 'en')]]);

/** The content of the edition being rendered (the page's address says which), built on first use. */
export function edition(locale: Locale = getLocale()): EditionContent {
	let found = built.get(locale);
	if (!found && isLanguage(locale)) {
		found = editionOf(buildContent(validateContent(translatedData(raw, locale)), renderMarkdown, locale), locale);
		built.set(locale, found);
	}
	return found ?? editionOf(content, 'en');
}
