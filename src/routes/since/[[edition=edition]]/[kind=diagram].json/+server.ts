// Each kind's view of what happened since the talks, as JSON, prerendered for each edition (/since/map.json,
// /since/ar/map.json): a site page fetches it when its reader first asks for that view, so the pages that open on the
// plan carry none of it.
import { json } from '@sveltejs/kit';
import { diagramKinds } from '$lib/content/diagram-kinds';
import { locales } from '$lib/paraglide/runtime';
import { edition } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	locales.flatMap((locale) => diagramKinds.map((kind) => ({ kind, edition: locale === 'en' ? undefined : locale })));

export const GET: RequestHandler = ({ params }) => json(edition(params.edition ?? 'en').makers[params.kind].since);
