// /oembed/<kind>.json: the oEmbed answer for an embed's own page, /embed/<kind> (src/lib/server/oembed.ts).
import { json } from '@sveltejs/kit';
import { embedViews } from '$lib/server/embeds';
import { oembedOf } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => embedViews().map((v) => ({ kind: v.kind }));

export const GET: RequestHandler = ({ params }) => json(oembedOf(params.kind, undefined));
