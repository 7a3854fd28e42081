// The built pages as another program reads them from build/: each page's path, its head's tags, and the file in
// build/ that an absolute address on the site's origin names.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { siteOrigin } from '../../scripts/site-origin.js';

export const build = fileURLToPath(new URL('../../build/', import.meta.url));

/** The origin the build made its absolute addresses on: the same SITE_ORIGIN the build was run with. */
export const origin = siteOrigin();

const htmlFiles = (folder: string): string[] =>
	existsSync(folder)
		? readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
				const full = join(folder, entry.name);
				if (entry.isDirectory()) return htmlFiles(full);
				return entry.name.endsWith('.html') ? [relative(build, full)] : [];
			})
		: [];

/** Every built page, as its file inside build/ ("phase/exchange.html"). */
export const builtPages: string[] = htmlFiles(build).sort();

/** The address a page is served at: "index.html" → "/", "phase/exchange.html" → "/phase/exchange". */
export const pathOfPage = (file: string) => (file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '')}`);

/** The file in build/ an absolute address on the site's origin names, or undefined for another origin. */
export function fileOfUrl(url: string): string | undefined {
	if (!url.startsWith(`${origin}/`)) return undefined;
	const path = decodeURIComponent(new URL(url).pathname);
	if (path === '/') return 'index.html';
	return /\.[a-z0-9]+$/i.test(path) ? path.slice(1) : `${path.slice(1)}.html`;
}

export const inBuild = (file: string) => existsSync(join(build, file));

export interface PageHead {
	title: string;
	/** <meta name> and <meta property> by name; the first of each. */
	meta: Record<string, string>;
	links: { rel: string; type: string | null; href: string; title: string | null; hreflang: string | null }[];
	/** The text of each <script type="application/ld+json">, as it is in the file. */
	structuredData: string[];
}

const heads = new Map<string, PageHead>();

/** The head of a built page, parsed as a browser would (without running its scripts); its body is not read. */
export function headOf(file: string): PageHead {
	let head = heads.get(file);
	if (!head) heads.set(file, (head = parseHead(readFileSync(join(build, file), 'utf8'))));
	return head;
}

function parseHead(html: string): PageHead {
	const { document } = new JSDOM(html.slice(0, html.indexOf('</head>'))).window;
	const meta: Record<string, string> = {};
	for (const tag of document.head.querySelectorAll('meta')) {
		const name = tag.getAttribute('property') ?? tag.getAttribute('name');
		if (name && !(name in meta)) meta[name] = tag.getAttribute('content') ?? '';
	}
	return {
		title: document.title,
		meta,
		links: [...document.head.querySelectorAll('link')].map((l) => ({
			rel: l.getAttribute('rel') ?? '',
			type: l.getAttribute('type'),
			href: l.getAttribute('href') ?? '',
			title: l.getAttribute('title'),
			hreflang: l.getAttribute('hreflang')
		})),
		structuredData: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
			(s) => s.textContent ?? ''
		)
	};
}

/** The edition a page's path is in ("/ar/phase/exchange": "ar"; an English path: "en"). */
export const editionOfPath = (path: string) => /^\/(ar|he)(?=\/|$)/.exec(path)?.[1] ?? 'en';

/** A page's path in the English edition ("/ar/phase/exchange" → "/phase/exchange", "/ar" → "/"). */
export const inEnglish = (path: string) => path.replace(/^\/(ar|he)(?=\/|$)/, '') || '/';
