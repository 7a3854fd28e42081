// The one place content is loaded: every JSON file in data/, validated and indexed once per build, and every diagram
// laid out once from it. The editions' translations (data/translations/) are validated against it here too.
import { buildContent } from '$lib/content/build';
import type { Content } from '$lib/content/types';
import type { Language } from '$lib/content/schema-translations';
import { validateContent } from '$lib/content/validate';
import { completeEditionsOf, validateTranslations, type EditionsStatus } from '$lib/content/validate-translations';
import { diagramMakers, type DiagramMakers } from '$lib/diagrams/makers';
import { renderMarkdown } from './markdown';

const modules = import.meta.glob('/data/**/*.json', { eager: true, import: 'default' });

function readDataFolder(): Record<string, unknown> {
	return Object.fromEntries(Object.entries(modules).map(([path, value]) => [path.replace(/^\/data\//, ''), value]));
}

const raw = readDataFolder();
const english = validateContent(raw);

export const content: Content = buildContent(english, renderMarkdown);

/** Each edition's translations: validated (a fault stops the build), and which files each still lacks. */
export const editions: EditionsStatus = validateTranslations(raw, english);

/** The editions that have every translatable file of data/: the ones the routes may serve. */
export function completeEditions(): Language[] {
	return completeEditionsOf(editions);
}

export const makers: DiagramMakers = diagramMakers(content);

/** The same diagrams laid out for a slide's whole stage (the deck's diagram slides). */
export const stageMakers: DiagramMakers = diagramMakers(content, 'stage');
