// The options an editor puts in an embed's URL (theme, title, source line, phase, view), read defensively:
// anything unknown or malformed falls back to its default, so a bad URL never breaks an article.
import { diagramViewOf, type DiagramView } from '$lib/diagrams/view';

export const embedThemes = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof embedThemes)[number];

export interface EmbedOptions {
	/** auto follows the reader's system setting. */
	theme: EmbedTheme;
	/** Show the title lines (they stay readable to screen readers when hidden). */
	title: boolean;
	/** Show the source line that links to the full explainer. */
	source: boolean;
	/** A phase id that overrides the phase in the path, where the view has that phase. */
	phase: string | null;
	/** What the diagrams show: the plan (the default), or what happened since the talks. */
	view: DiagramView;
	/** The id pym.js's parent gives its iframe (`childId`), echoed in every pym message. */
	childId: string | null;
}

export const defaultEmbedOptions: Readonly<EmbedOptions> = Object.freeze({
	theme: 'auto',
	title: true,
	source: true,
	phase: null,
	view: 'plan',
	childId: null
});

const MAX_QUERY = 4000;
const phaseIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** pym.js uses the container's element id; we accept the characters ids are made of in practice. */
const childIdPattern = /^[A-Za-z0-9_.:-]{1,128}$/;

function readFlag(value: string | null, fallback: boolean): boolean {
	if (value === null) return fallback;
	const v = value.trim().toLowerCase();
	if (v === '1' || v === 'true' || v === 'yes' || v === 'on') return true;
	if (v === '0' || v === 'false' || v === 'no' || v === 'off') return false;
	return fallback;
}

function readTheme(value: string | null): EmbedTheme {
	const v = value?.trim().toLowerCase();
	return embedThemes.find((t) => t === v) ?? defaultEmbedOptions.theme;
}

/**
 * Reads the options from a query string ("?theme=dark&title=0", with or without the "?").
 * With `phases`, a phase is kept only when it is one of them.
 */
export function parseEmbedOptions(search: string, phases?: readonly string[]): EmbedOptions {
	if (typeof search !== 'string' || search.length > MAX_QUERY) return { ...defaultEmbedOptions };
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
	} catch {
		return { ...defaultEmbedOptions };
	}
	const phase = params.get('phase')?.trim() ?? '';
	const childId = params.get('childId') ?? '';
	const phaseOk = phase.length <= 64 && phaseIdPattern.test(phase) && (!phases || phases.includes(phase));
	return {
		theme: readTheme(params.get('theme')),
		title: readFlag(params.get('title'), defaultEmbedOptions.title),
		source: readFlag(params.get('source'), defaultEmbedOptions.source),
		phase: phaseOk ? phase : null,
		view: diagramViewOf(params.get('view')?.trim().toLowerCase()),
		childId: childIdPattern.test(childId) ? childId : null
	};
}

/** The query string for options that differ from the defaults ("" when none do), in a fixed order. */
export function embedQuery(options: Partial<EmbedOptions>): string {
	const params = new URLSearchParams();
	if (options.theme && options.theme !== defaultEmbedOptions.theme) params.set('theme', options.theme);
	if (options.title === false) params.set('title', '0');
	if (options.source === false) params.set('source', '0');
	if (options.phase) params.set('phase', options.phase);
	if (options.view === 'since') params.set('view', 'since');
	if (options.childId) params.set('childId', options.childId);
	const query = params.toString();
	return query ? `?${query}` : '';
}
