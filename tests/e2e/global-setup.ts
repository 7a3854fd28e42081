// Serves the built site (build/, the three editions side by side: scripts/build-editions.mjs) on a free loopback port
// for the browser tests, in-process, as a static host serves it, and stops it after.
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/bench/server.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const server = await serveStatic(fileURLToPath(new URL('../../build/', import.meta.url)));
	project.provide('baseUrl', server.url);
	return () => server.close();
}
