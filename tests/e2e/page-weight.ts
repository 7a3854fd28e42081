// What one built page loads as JavaScript, in gzip bytes: the script files it names with their static imports and the
// diagram chunks its load fetches, plus its inline scripts. Pure: the page, the build's manifest and a file reader in.
import { gzipSync } from 'node:zlib';

/** An entry of Vite's build manifest (.svelte-kit/output/client/.vite/manifest.json), keyed by its source. */
export interface ManifestEntry {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
}
export type BuildManifest = Record<string, ManifestEntry>;

/** The bench's kilobyte (scripts/bench/weights.mjs), so that the test's figures and the bench's can be compared. */
export const KB = 1024;

/**
 * Gzip bytes as a server sends them: node:zlib at its default level (6), as scripts/bench/weights.mjs weighs files.
 * Nothing is sent for nothing, hence 0 and not gzip's 20-byte empty stream.
 */
export const gzipSize = (text: string) => (text.length ? gzipSync(text).length : 0);

/**
 * The code and data of a page's inline scripts. Not its structured data (type="application/ld+json"): a data block for
 * crawlers that no script reads or parses, so it weighs as HTML does, not as JavaScript.
 */
export const inlineScripts = (html: string) =>
	[...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)].map(
		(m) => m[1]
	);
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** SvelteKit's start-up script calls kit.start. */
export const hydrates = (html: string) => inlineScripts(html).some((code) => /\bkit\.start\(/.test(code));

/**
 * The script files a page's own markup names, as paths inside build/ ("_app/immutable/entry/start.x.js"): its
 * <script src>, its preload links, and the module URLs its inline start-up script imports (the pages carry no
 * modulepreload links for scripts: src/hooks.server.ts).
 * @param page the page's file inside build/ ("phase/yellow-line.html"): relative URLs resolve against it
 */
export function scriptsOfPage(html: string, page: string): string[] {
	const hrefs: string[] = [];
	for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
		const src = attribute(tag, 'src');
		if (src) hrefs.push(src);
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const rel = attribute(tag, 'rel');
		const href = attribute(tag, 'href');
		if (href && (rel === 'modulepreload' || (rel === 'preload' && attribute(tag, 'as') === 'script'))) hrefs.push(href);
	}
	// Quoted paths ending in .js ("./_app/...", "../_app/...", "/_app/..."): import("...") and the preload list. A path
	// must start with a dot or a slash, so that words of the page's data such as "pym.js" are not taken for files.
	for (const code of inlineScripts(html))
		for (const m of code.matchAll(/["'`]((?:\.{1,2})?\/[^"'`\s]+\.m?js)["'`]/g)) hrefs.push(m[1]);

	const site = 'http://site.invalid/';
	const files = hrefs.map((href) => {
		const url = new URL(href, site + page);
		if (url.origin !== new URL(site).origin) throw new Error(`${page} loads a script from another origin: ${href}`);
		return decodeURIComponent(url.pathname.slice(1));
	});
	return [...new Set(files)];
}

/**
 * The route nodes kit.start imports: the page's own ("node_ids: [0, 2, 3, 6]"), and the root layout and root error
 * page (nodes 0 and 1), which SvelteKit's client imports eagerly so that a later network error can still be shown.
 * None on a page that does not hydrate.
 */
export function nodesOfPage(html: string): number[] {
	for (const code of inlineScripts(html)) {
		const list = /\bnode_ids:\s*\[([\d,\s]*)\]/.exec(code);
		if (list)
			return [
				...new Set([
					0,
					1,
					...list[1]
						.split(',')
						.filter((id) => id.trim())
						.map(Number)
				])
			];
	}
	return [];
}

/** The phase a stepper page shows, from the data its start-up script passes to its load (phase:{id:"yellow-line"). */
export function phaseOfPage(html: string): string | undefined {
	for (const code of inlineScripts(html)) {
		const id = /["']?\bphase["']?\s*:\s*\{\s*["']?id["']?\s*:\s*"([^"]+)"/.exec(code);
		if (id) return id[1];
	}
	return undefined;
}

/** Each diagram kind's own chunk, by kind: src/lib/diagrams/<kind>/<Kind>Diagram.svelte in the manifest. */
export function diagramChunks(manifest: BuildManifest): Map<string, string> {
	const chunks = new Map<string, string>();
	for (const source of Object.keys(manifest)) {
		const m = /(?:^|\/)src\/lib\/diagrams\/([a-z-]+)\/([A-Za-z]+)Diagram\.svelte$/.exec(source);
		if (m && m[2].toLowerCase() === m[1].replace(/-/g, '')) chunks.set(m[1], source);
	}
	return chunks;
}

export interface PageWeight {
	page: string;
	/** Every script file counted, with its gzip bytes. */
	files: { file: string; gzip: number }[];
	filesGzip: number;
	/** The inline scripts together: SvelteKit's start-up code and the page's serialized data. */
	inlineGzip: number;
	total: number;
}

export interface PageToWeigh {
	page: string;
	html: string;
	manifest: BuildManifest;
	/** A file inside build/ as text, or undefined if the build has no such file. */
	read: (file: string) => string | undefined;
	/** The diagram kinds whose chunks the page's load imports (src/lib/diagrams/components.ts). */
	diagramKinds: string[];
}

/**
 * The gzip bytes of JavaScript a page loads. Its script files are closed over their static imports through the
 * manifest; a file the manifest does not know (the embeds' classic script, built on its own) counts alone. The
 * diagram chunks are imported dynamically, by the page's load: only a page that hydrates runs it.
 */
export function pageWeight({ page, html, manifest, read, diagramKinds }: PageToWeigh, sizeOf = gzipSize): PageWeight {
	const sourceOf = new Map(Object.entries(manifest).map(([source, entry]) => [entry.file, source]));
	const standalone = new Set<string>();
	const sources: string[] = [];
	for (const file of scriptsOfPage(html, page)) {
		const source = sourceOf.get(file);
		if (source) sources.push(source);
		else standalone.add(file);
	}
	for (const id of nodesOfPage(html)) {
		const source = Object.keys(manifest).find((s) => s.endsWith(`/nodes/${id}.js`));
		if (!source) throw new Error(`${page} starts route node ${id}, which the build's manifest does not have`);
		sources.push(source);
	}
	if (diagramKinds.length && !hydrates(html))
		throw new Error(`${page} does not hydrate, so its load cannot fetch diagrams (${diagramKinds.join(', ')})`);
	const chunks = diagramChunks(manifest);
	for (const kind of diagramKinds) {
		const source = chunks.get(kind);
		if (!source) throw new Error(`${page} draws the ${kind} diagram, which has no chunk of its own in the manifest`);
		sources.push(source);
	}

	// Static imports load with the module that names them; dynamic ones only when the code asks (the diagrams above).
	const closed = new Set<string>();
	const visit = (source: string) => {
		if (closed.has(source)) return;
		const entry = manifest[source];
		if (!entry) throw new Error(`${page}: the manifest names ${source} as an import but has no entry for it`);
		closed.add(source);
		entry.imports?.forEach(visit);
	};
	sources.forEach(visit);

	const names = [...new Set([...standalone, ...[...closed].map((s) => manifest[s].file)])].sort();
	const files = names.map((file) => {
		const text = read(file);
		if (text === undefined)
			throw new Error(`${page} loads ${file}, which is not in build/ (is the manifest from another build?)`);
		return { file, gzip: sizeOf(text) };
	});
	// Joined and gzipped as one, as the bench weighs a page's inline code (scripts/bench/weights.mjs, inlineCode).
	const inlineGzip = sizeOf(inlineScripts(html).join('\n').trim());
	const filesGzip = files.reduce((sum, f) => sum + f.gzip, 0);
	return { page, files, filesGzip, inlineGzip, total: filesGzip + inlineGzip };
}
