// News-article pages that embed our views with the real pym.js or @newswire/frames parent script, or hold snippets
// exactly as the Embed dialog gives them, served from another loopback port so the embeds are genuinely cross-origin.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { close } from './browser';

const moduleFile = (path: string) => readFileSync(new URL(`../../node_modules/${path}`, import.meta.url), 'utf8');

const scripts: Record<string, string> = {
	'/pym.v1.min.js': moduleFile('pym.js/dist/pym.v1.min.js'),
	'/frames.umd.js': moduleFile('@newswire/frames/dist/frames.umd.js')
};

export type ParentKind = 'pym' | 'frames';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** An article: a 600 px column of text with the embeds between paragraphs, and the parent script at the end. */
function articlePage(kind: ParentKind, embedUrls: string[]): string {
	const containers = embedUrls.map((url) =>
		kind === 'pym'
			? `<div class="embed" data-pym-src="${escapeAttr(url)}"></div>`
			: `<div class="embed" data-frame-src="${escapeAttr(url)}"></div>`
	);
	const loader =
		kind === 'pym'
			? '<script src="/pym.v1.min.js"></script>'
			: '<script src="/frames.umd.js"></script><script>newswireFrames.autoInitFrames();</script>';
	const style =
		'body{margin:0;font:18px Georgia,serif}main{max-width:600px;margin:0 auto;padding:16px}iframe{display:block}';
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article (${kind})</title>
<style>${style}</style></head>
<body><main><h1>An article that embeds the explainer</h1>
${containers.map((c, i) => `<p>Paragraph ${i + 1} of the article.</p>\n${c}`).join('\n')}
<p>The end of the article.</p></main>
<script>window.received=[];addEventListener('message',function(e){received.push(e.data)});</script>
${loader}
</body></html>`;
}

/** A stylesheet some hosts have: every iframe as tall as its parent, on a page as tall as the window. */
export const fullHeightCss = 'html,body{height:100%}iframe{height:100%}';

export interface SnippetPageOptions {
	/** The host's own CSS, added after the article's. */
	css?: string;
	/** The parent scripts the page runs, after the article. */
	scripts?: ParentKind[];
	/** The article's direction: an Arabic or Hebrew news site's page is right to left. */
	dir?: 'ltr' | 'rtl';
}

/** An article whose body holds the snippets as pasted, between paragraphs, in a 600 px column. */
function snippetPage(snippets: string[], { css = '', scripts = [], dir = 'ltr' }: SnippetPageOptions): string {
	const loaders = scripts.map((kind) =>
		kind === 'pym'
			? '<script src="/pym.v1.min.js"></script>'
			: '<script src="/frames.umd.js"></script><script>newswireFrames.autoInitFrames();</script>'
	);
	return `<!doctype html>
<html lang="en" dir="${dir}"><head><meta charset="utf-8"><title>An article with pasted snippets</title>
<style>body{margin:0 auto;max-width:600px;padding:0 16px;font:18px Georgia,serif}${css}</style></head>
<body><h1>An article that embeds the explainer</h1>
${snippets.map((c, i) => `<p>Paragraph ${i + 1} of the article.</p>\n${c}`).join('\n')}
<p>The end of the article.</p>
<script>window.received=[];addEventListener('message',function(e){received.push(e.data)});</script>
${loaders.join('\n')}
</body></html>`;
}

export interface ParentServer {
	origin: string;
	/** The URL of an article page embedding these embed URLs with the given parent script. */
	url(kind: ParentKind, embedUrls: string[]): string;
	/** The URL of an article page holding these snippets, with the host's CSS and scripts. */
	snippetsUrl(snippets: string[], options?: SnippetPageOptions): string;
	close(): Promise<void>;
}

export async function startParentServer(): Promise<ParentServer> {
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://parent.test');
		if (scripts[url.pathname]) {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(scripts[url.pathname]);
			return;
		}
		if (url.pathname === '/snippets.html') {
			const scripts = url.searchParams.getAll('script').filter((k): k is ParentKind => k === 'pym' || k === 'frames');
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			const dir = url.searchParams.get('dir') === 'rtl' ? 'rtl' : 'ltr';
			const css = url.searchParams.get('css') ?? '';
			res.end(snippetPage(url.searchParams.getAll('snippet'), { css, scripts, dir }));
			return;
		}
		const kind = url.pathname.slice(1).replace(/\.html$/, '');
		if (kind === 'pym' || kind === 'frames') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(articlePage(kind, url.searchParams.getAll('embed')));
			return;
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: (kind, embedUrls) =>
			`${origin}/${kind}.html?${embedUrls.map((u) => `embed=${encodeURIComponent(u)}`).join('&')}`,
		snippetsUrl: (snippets, { css = '', scripts = [], dir = 'ltr' } = {}) => {
			const params = new URLSearchParams([
				...snippets.map((s) => ['snippet', s]),
				['css', css],
				...scripts.map((k) => ['script', k]),
				['dir', dir]
			]);
			return `${origin}/snippets.html?${params}`;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/**
 * The article pages of a test file: served from before its first test, and stopped after its last with the file's
 * browser.
 */
export function articlePagesForFile(): Omit<ParentServer, 'close'> {
	let server: ParentServer | undefined;
	beforeAll(async () => {
		server = await startParentServer();
	});
	afterAll(async () => {
		await server?.close();
		await close();
	});
	const started = () => {
		if (!server) throw new Error('the article pages are served from the first test on');
		return server;
	};
	return {
		get origin() {
			return started().origin;
		},
		url: (kind, embedUrls) => started().url(kind, embedUrls),
		snippetsUrl: (snippets, options) => started().snippetsUrl(snippets, options)
	};
}
