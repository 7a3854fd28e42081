// The JavaScript each page loads on first visit, raw and gzip, against the budgets in DESIGN.md.
// Reads the prerendered HTML in build/ (building first with --build, or when build/ is missing; wrap that in the
// build lock), follows its <script src> and modulepreload links and their static imports, and counts inline
// scripts (the hydration data) too. It prints figures and always exits 0: budgets are watched, not enforced here.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, 'build');
const KB = 1024;
const budgets = { stepper: 65 * KB, diagram: 32 * KB };

/** Every HTML page under a folder, as site paths ("/embed/map/yellow-line"). */
function htmlPages(folder) {
	if (!existsSync(folder)) return [];
	return readdirSync(folder).flatMap((name) => {
		const full = join(folder, name);
		if (statSync(full).isDirectory()) return htmlPages(full);
		return name.endsWith('.html') ? ['/' + relative(build, full).replace(/\.html$/, '').replace(/(^|\/)index$/, '')] : [];
	});
}

const fileFor = (sitePath) => join(build, sitePath === '/' ? 'index.html' : `${sitePath}.html`);
const size = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });

/** Resolves a URL found in a page or a module to a path inside build/, or null when it is not ours. */
function resolveLocal(url, fromSitePath) {
	if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
	const base = fromSitePath.endsWith('/') ? fromSitePath : posix.dirname(fromSitePath);
	return posix.normalize(url.startsWith('/') ? url : posix.join(base, url)).split(/[?#]/)[0];
}

/** The static imports of a built module: `import x from"./a.js"`, `import"./b.js"`, `export * from "./c.js"`. */
function staticImports(code) {
	const found = [];
	for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) found.push(m[1]);
	return found;
}

export function measurePage(sitePath) {
	const html = readFileSync(fileFor(sitePath), 'utf8');
	const queue = [];
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) queue.push(resolveLocal(m[1].replace(/&amp;/g, '&'), sitePath));
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		if (!/rel="modulepreload"/.test(m[0])) continue;
		const href = /href="([^"]+)"/.exec(m[0]);
		if (href) queue.push(resolveLocal(href[1], sitePath));
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
		for (const dep of staticImports(code)) queue.push(resolveLocal(dep, url));
	}
	const inlineCode = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	const inline = inlineCode.trim() ? size(inlineCode) : { raw: 0, gzip: 0 };
	const sum = (key) => [...files.values()].reduce((total, f) => total + f[key], 0);
	return { sitePath, files, raw: sum('raw'), gzip: sum('gzip'), inline, missing: [...files].filter(([, f]) => f.missing).map(([u]) => u) };
}

function budgetFor(sitePath) {
	if (sitePath === '/embed') return null; // the editors' previewer: no budget
	if (sitePath === '/' || sitePath.startsWith('/phase/') || sitePath.startsWith('/embed/stepper')) return { name: 'stepper ≤ 65 KB', bytes: budgets.stepper };
	if (sitePath.startsWith('/embed/')) return { name: 'diagram ≤ 32 KB', bytes: budgets.diagram };
	return null;
}

const kb = (bytes) => (bytes / KB).toFixed(1);

function main() {
	if (process.argv.includes('--build') || !existsSync(join(build, 'index.html'))) {
		console.log('Building the site (npx vite build) ...');
		execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const phasePages = htmlPages(join(build, 'phase')).sort();
	const pages = ['/', ...phasePages.slice(0, 1), ...htmlPages(join(build, 'embed')).sort(), ...(existsSync(join(build, 'embed.html')) ? ['/embed'] : [])];
	const rows = pages.map((p) => {
		const m = measurePage(p);
		const budget = budgetFor(p);
		const total = m.gzip + m.inline.gzip;
		const verdict = !budget ? '—' : total <= budget.bytes ? `meets ${budget.name}` : `OVER ${budget.name}`;
		return [p, m.files.size, kb(m.raw), kb(m.gzip), kb(m.inline.raw), kb(m.inline.gzip), kb(total), verdict + (m.missing.length ? ` (missing: ${m.missing.join(', ')})` : '')];
	});
	const header = ['page', 'files', 'JS raw KB', 'JS gzip KB', 'inline raw KB', 'inline gzip KB', 'total gzip KB', 'budget (on total gzip)'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
	console.log('\nJS: files from <script src> and modulepreload links and their static imports, gzip per file (node:zlib, level 6).');
	console.log('inline: the page\'s inline scripts (SvelteKit\'s start-up code and hydration data).');
}

try {
	main();
} catch (error) {
	console.error(`bench could not measure: ${error instanceof Error ? error.message : error}`);
}
process.exit(0);
