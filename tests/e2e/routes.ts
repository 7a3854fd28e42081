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
