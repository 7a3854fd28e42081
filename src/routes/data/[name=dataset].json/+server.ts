// Each dataset as JSON, prerendered in each edition (/data/…, /ar/data/…, /he/data/…; src/lib/downloads/).
import { datasetNames } from '$lib/downloads/datasets';
import { jsonOf } from '$lib/downloads/table-files';
import { editionDatasets } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => datasetNames.map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) =>
	new Response(jsonOf(editionDatasets()[params.name]), { headers: { 'content-type': 'application/json' } });
