// The list of still images and cards the build draws after prerendering (scripts/images/build-images.mjs reads it),
// and where each one is: editors and scripts can read it too. Each edition has its own (/ar/images/index.json), in its
// words, from its pages, to its files.
import { json } from '@sveltejs/kit';
import { stillImages } from '$lib/images/still-images';
import { edition } from '$lib/server/content';
import { phasesInOrder } from '$lib/server/stepper-page';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(stillImages(phasesInOrder(edition().content)));
