// Every page is prerendered in full, so a reader can read it before any script arrives. SvelteKit asks for the app's
// scripts (about 60 KB gzip) in <head> and at the end of <body>, before the first paint; on a slow phone they share
// the line with the page and push its first paint back. This defers them: the start-up script waits for the first
// frame to be painted, then preloads the same modules and starts the app. Its CSP hash is recomputed to match.
import { createHash } from 'node:crypto';

const startUp = /<script>([^<]*?kit\.start\([\s\S]*?)<\/script>/;
const modulePreload = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const fetchModules = /Promise\.all\(\[(\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*)\]\)\.then\(\(\[kit, app\]\) =>/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page with its scripts fetched after its first paint; a page without SvelteKit's start-up script is returned as it is. */
export function paintFirst(html: string): string {
	const script = startUp.exec(html);
	if (!script) return html;
	const before = script[1];
	const modules = [...html.matchAll(modulePreload)].map((m) => m[1]);
	if (!fetchModules.test(before)) {
		throw new Error(
			'paint-first: SvelteKit’s start-up script no longer has the shape "Promise.all([import(start), import(app)]).then(([kit, app]) =>"; update src/lib/server/paint-first.ts'
		);
	}
	// requestAnimationFrame runs just before a frame is painted; the timeout inside it, just after.
	const after = before.replace(
		fetchModules,
		(_, imports: string) =>
			`new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))).then(() => {` +
			`for (const href of ${JSON.stringify(modules)}) document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href }));` +
			`return Promise.all([${imports}]);` +
			`}).then(([kit, app]) =>`
	);
	const oldHash = sha256(before);
	if (html.split(oldHash).length !== 2) {
		throw new Error(
			`paint-first: the page's Content-Security-Policy meta tag does not list the start-up script's hash ${oldHash} exactly once`
		);
	}
	return html
		.replace(modulePreload, '')
		.replace(oldHash, sha256(after))
		.replace(script[0], () => `<script>${after}</script>`);
}
