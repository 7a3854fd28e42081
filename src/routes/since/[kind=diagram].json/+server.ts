// Each kind's view of what happened since the talks, as JSON, prerendered: a site page fetches it when its reader first
// asks for that view, so the pages that open on the plan carry none of it.
import { json } from '@sveltejs/kit';
import { diagramKinds } from '$lib/content/diagram-kinds';
import { edition } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => diagramKinds.map((kind) => ({ kind }));

export const GET: RequestHandler = ({ params }) => json(edition().makers[params.kind].since);
