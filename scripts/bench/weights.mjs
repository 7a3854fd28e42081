// How much JavaScript and CSS a page loads, raw and gzip (node:zlib, level 6), and the bytes of the font files it
// loads (woff2 is compressed already), from the requests a browser made, counted from the files on disk so the figures
// do not depend on a server's compression.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
		return name.endsWith('.html')
			? [
					'/' +
						relative(build, full)
							.replace(/\.html$/, '')
							.replace(/(^|\/)index$/, '')
				]
			: [];
	});
}

export const htmlFileFor = (build, sitePath) => join(build, sitePath === '/' ? 'index.html' : `${sitePath}.html`);

/** The code of a page's inline <script> and <style> elements (SvelteKit's start-up code and data; inlined CSS). */
export function inlineCode(html) {
	const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1])
		.join('\n')
		.trim();
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
		.map((m) => m[1])
		.join('\n')
		.trim();
	return { js: size(scripts), css: size(styles) };
}

/**
 * What a page loaded in a browser: the scripts, stylesheets and font files it requested (files read through
 * `fileFor`, a URL path -> file on disk), plus the inline code of its document.
 * @param {{ url: string, type: string }[]} requests
 * @param {string} origin the site's origin: requests anywhere else are listed as foreign
 * @param {(pathname: string) => string | null} fileFor
 */
export function measureLoaded(requests, origin, fileFor) {
	const out = {
		js: zero(),
		css: zero(),
		inlineJs: zero(),
		inlineCss: zero(),
		fonts: 0,
		files: { js: 0, css: 0, fonts: 0 },
		foreign: []
	};
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
		if (request.type === 'Font') {
			out.fonts += statSync(file).size;
			out.files.fonts++;
			continue;
		}
		const text = readFileSync(file, 'utf8');
		if (request.type === 'Script') {
			out.js = add(out.js, size(text));
			out.files.js++;
		} else if (request.type === 'Stylesheet') {
			out.css = add(out.css, size(text));
			out.files.css++;
		} else if (request.type === 'Document' && seen.size === 1) {
			const inline = inlineCode(text);
			out.inlineJs = inline.js;
			out.inlineCss = inline.css;
		}
	}
	return { ...out, totalJs: add(out.js, out.inlineJs), totalCss: add(out.css, out.inlineCss) };
}
