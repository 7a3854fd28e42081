// The one place content is loaded: every JSON file in data/, validated and indexed once per build, and every diagram
// laid out once from it.
import { buildContent } from '$lib/content/build';
import type { Content } from '$lib/content/types';
import { validateContent } from '$lib/content/validate';
import { diagramMakers, type DiagramMakers } from '$lib/diagrams/makers';
import { renderMarkdown } from './markdown';

const modules = import.meta.glob('/data/**/*.json', { eager: true, import: 'default' });

function readDataFolder(): Record<string, unknown> {
	return Object.fromEntries(Object.entries(modules).map(([path, value]) => [path.replace(/^\/data\//, ''), value]));
}

export const content: Content = buildContent(validateContent(readDataFolder()), renderMarkdown);

export const makers: DiagramMakers = diagramMakers(content);

/** The same diagrams laid out for a slide's whole stage (the deck's diagram slides). */
export const stageMakers: DiagramMakers = diagramMakers(content, 'stage');
