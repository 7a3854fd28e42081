// How much JavaScript and CSS a page loads, raw and gzip (node:zlib, level 6), counted from files on disk so the
// figures do not depend on a server's compression. Two ways in: from a prerendered page in build/ (its <script src>,
// modulepreload and stylesheet links, the modules its start-up script names, and their static imports), or from the
// list of requests a browser made.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
export const size = (text) => ({ raw: Buffer.byteLength(text), gzip: text.length ? gzipSync(text).length : 0 });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = () => ({ raw: 0, gzip: 0 });

/** Every HTML page under a folder of build/, as site paths ("/embed/map/yellow-line"). */
export function htmlPages(build, folder = build) {
	if (!existsSync(folder)) return [];
	return readdirSync(folder).flatMap((name) => {
		const full = join(folder, name);
		if (statSync(full).isDirectory()) return htmlPages(build, full);
		return name.endsWith('.html') ? ['/' + relative(build, full).replace(/\.html$/, '').replace(/(^|\/)index$/, '')] : [];
	});
}

export const htmlFileFor = (build, sitePath) => join(build, sitePath === '/' ? 'index.html' : `${sitePath}.html`);

/** A URL found in a page or module, as a path inside the site, or null when it is on another origin. */
export function resolveLocal(url, fromSitePath) {
	if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
	const base = fromSitePath.endsWith('/') ? fromSitePath : posix.dirname(fromSitePath);
	return posix.normalize(url.startsWith('/') ? url : posix.join(base, url)).split(/[?#]/)[0];
}

/** The static imports of a built module: `import x from"./a.js"`, `import"./b.js"`, `export * from "./c.js"`. */
export function staticImports(code) {
	const found = [];
	for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) found.push(m[1]);
	return found;
}

/** The code of a page's inline <script> and <style> elements (SvelteKit's start-up code and data; inlined CSS). */
const inlineScripts = (html) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n').trim();

export function inlineCode(html) {
	const scripts = inlineScripts(html);
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n').trim();
	return { js: size(scripts), css: size(styles) };
}

/** What a prerendered page in build/ loads on first visit, from its HTML alone. */
export function measureBuiltPage(build, sitePath) {
	const html = readFileSync(htmlFileFor(build, sitePath), 'utf8');
	const queue = [];
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) queue.push(resolveLocal(m[1].replace(/&amp;/g, '&'), sitePath));
	// The start-up script names its modules itself: the ones it imports and, once the page is painted, preloads.
	for (const m of inlineScripts(html).matchAll(/["']((?:\.{1,2})?\/[^"'\s]+\.js)["']/g)) queue.push(resolveLocal(m[1], sitePath));
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(m[0]);
		// SvelteKit keeps a disabled <link> beside CSS it inlined; the browser does not fetch it.
		if (href && /rel="(modulepreload|stylesheet)"/.test(m[0]) && !/\sdisabled[\s>=]/.test(m[0])) queue.push(resolveLocal(href[1], sitePath));
	}
	const files = new Map();
	while (queue.length) {
		const url = queue.shift();
		if (!url || files.has(url)) continue;
		const full = join(build, url);
		if (!existsSync(full)) {
			files.set(url, { raw: 0, gzip: 0, missing: true });
			continue;
		}
		const code = readFileSync(full, 'utf8');
		files.set(url, size(code));
		if (url.endsWith('.js')) for (const dep of staticImports(code)) queue.push(resolveLocal(dep, url));
	}
	const sum = (ext) => [...files].filter(([u]) => u.endsWith(ext)).reduce((total, [, f]) => add(total, f), zero());
	const inline = inlineCode(html);
	return {
		sitePath,
		files: files.size,
		js: sum('.js'),
		css: sum('.css'),
		inline,
		missing: [...files].filter(([, f]) => f.missing).map(([u]) => u)
	};
}

/**
 * What a page loaded in a browser: the scripts and stylesheets it requested (files read through `fileFor`, a URL
 * path -> file on disk), plus the inline code of its document.
 * @param {{ url: string, type: string }[]} requests
 * @param {string} origin the site's origin: requests anywhere else are listed as foreign
 * @param {(pathname: string) => string | null} fileFor
 */
export function measureLoaded(requests, origin, fileFor) {
	const out = { js: zero(), css: zero(), inlineJs: zero(), inlineCss: zero(), files: { js: 0, css: 0 }, foreign: [] };
	const seen = new Set();
	for (const request of requests) {
		const url = new URL(request.url);
		if (seen.has(url.pathname)) continue;
		seen.add(url.pathname);
		const file = url.origin === origin ? fileFor(url.pathname) : null;
		if (!file) {
			out.foreign.push(request.url);
			continue;
		}
		const text = readFileSync(file, 'utf8');
		if (request.type === 'Script') (out.js = add(out.js, size(text))), out.files.js++;
		else if (request.type === 'Stylesheet') (out.css = add(out.css, size(text))), out.files.css++;
		else if (request.type === 'Document' && seen.size === 1) {
			const inline = inlineCode(text);
			out.inlineJs = inline.js;
			out.inlineCss = inline.css;
		}
	}
	return { ...out, totalJs: add(out.js, out.inlineJs), totalCss: add(out.css, out.inlineCss) };
}

/** A built page's figures in the shape measureLoaded gives (file counts unknown: NaN). */
export function asLoaded(m) {
	return { js: m.js, css: m.css, inlineJs: m.inline.js, inlineCss: m.inline.css, files: { js: NaN, css: NaN }, foreign: [], totalJs: add(m.js, m.inline.js), totalCss: add(m.css, m.inline.css) };
}
