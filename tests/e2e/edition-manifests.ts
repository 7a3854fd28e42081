// Each edition's Vite manifest: `npm run build` builds each edition on its own (scripts/build-editions.mjs) and keeps
// each one's manifest beside its build, since build/ holds the three editions' files and no manifest.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BuildManifest } from './page-weight';

/** Where the build kept an edition's manifest. */
export const manifestFileOf = (edition: string) =>
	fileURLToPath(new URL(`../../.svelte-kit/editions/${edition}.vite-manifest.json`, import.meta.url));

/** An edition's manifest, or none where the build did not keep one (a plain `vite build`). */
export function manifestOf(edition: string): BuildManifest {
	const file = manifestFileOf(edition);
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}
