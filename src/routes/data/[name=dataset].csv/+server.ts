// Each dataset as CSV, prerendered (src/lib/downloads/).
import { datasetNames } from '$lib/downloads/datasets';
import { csvOf } from '$lib/downloads/table-files';
import { datasetsBuilt } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => datasetNames.map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) =>
	new Response(csvOf(datasetsBuilt[params.name]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
