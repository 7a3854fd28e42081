// /oembed/<kind>/<phase>.json: the oEmbed answer for an embed at one phase, /embed/<kind>/<phase>
// (src/lib/server/oembed.ts).
import { json } from '@sveltejs/kit';
import { embedViews } from '$lib/server/embeds';
import { oembedOf } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	embedViews().flatMap((v) => v.phases.map((p) => ({ kind: v.kind, phase: p.id })));

export const GET: RequestHandler = ({ params }) => json(oembedOf(params.kind, params.phase));
