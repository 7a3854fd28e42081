// Every page a reader can reach, for the tests that visit them all.
import { phases } from './data';

export const routes = [
	'/',
	...phases.map((p) => `/phase/${p.id}`),
	'/timeline',
	'/tracker',
	'/points',
	'/sources',
	'/glossary'
];

/** A route in the Arabic and Hebrew editions too: "/timeline" → "/timeline", "/ar/timeline", "/he/timeline". */
export const inEveryEdition = (route: string) => [
	route,
	...['ar', 'he'].map((l) => `/${l}${route === '/' ? '' : route}`)
];

/** Every page a reader can reach, in every edition. */
export const editionRoutes = routes.flatMap(inEveryEdition);
