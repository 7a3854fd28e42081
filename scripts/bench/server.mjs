// A static server on loopback for the benchmark, in-process: the built site at "/", and any extra folders mounted
// under their own prefix (the TimelineJS page and the package's files). It serves files the way a static host does:
// gzip for text, a year's immutable cache for hashed files, a short one for pages, and adapter-static's page paths.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject'
};
const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/**
 * The file a URL path names inside a folder, as adapter-static lays pages out: /a -> a.html or a/index.html.
 * @param {string} folder
 * @param {string} urlPath
 */
export function fileForPath(folder, urlPath) {
	let clean;
	try {
		clean = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
	} catch {
		return null; // a malformed escape
	}
	if (clean.split(sep).includes('..')) return null;
	const base = join(folder, clean);
	const candidates = clean === '' ? [join(folder, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/**
 * Starts the server on 127.0.0.1 and a free port.
 * @param {string} site the built site (build/)
 * @param {Record<string, string>} mounts URL prefix ("/timelinejs/") -> folder
 * @param {number} port 0 for any free one
 * @returns {Promise<{ url: string, resolve: (pathname: string) => string | null, close: () => Promise<void> }>}
 */
export async function serveStatic(site, mounts = {}, port = 0) {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	/** @param {string} pathname */
	const resolve = (pathname) => {
		const mount = prefixes.find((prefix) => pathname.startsWith(prefix));
		return mount ? fileForPath(mounts[mount], pathname.slice(mount.length)) : fileForPath(site, pathname);
	};
	const server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const file = resolve(pathname);
		const notFound = !file;
		const served = file ?? fileForPath(site, '404') ?? null;
		const type = served ? (types[extname(served)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
		const immutable = pathname.includes('/_app/immutable/');
		const headers = {
			'content-type': type,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
			'x-content-type-options': 'nosniff'
		};
		const gzip = served && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
		response.writeHead(notFound ? 404 : 200, headers);
		if (request.method === 'HEAD' || !served) return response.end(served ? undefined : 'Not found');
		const stream = createReadStream(served);
		(gzip ? stream.pipe(createGzip()) : stream).pipe(response);
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const listening = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${listening}`,
		resolve,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve(undefined));
				server.closeAllConnections();
			})
	};
}
