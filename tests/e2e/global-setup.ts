// Serves the built site on a free loopback port for the browser tests, in-process, and stops it after.
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
	const url = server.resolvedUrls?.local[0];
	if (!url) throw new Error('The preview server did not start');
	project.provide('baseUrl', url.replace(/\/$/, ''));
	return async () => {
		await server.close();
	};
}
