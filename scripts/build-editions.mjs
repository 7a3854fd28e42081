// Builds the site once per edition and puts the three side by side in build/. Each edition's build names its locale
// (svelte.config.js, vite.config.ts), so that its messages keep that language only and a page's code carries one
// language, not three; it makes that edition's pages, and answers 404 for the others', which their own build makes.
// Files of the same name are the same file (the app's hashed scripts that no edition's words change, the static
// files): anything else of the same name with different bytes stops the build. Each edition's service worker knows its
// own build's files, so each keeps its own name (src/lib/offline/precache.ts), and each edition's Vite manifest is
// kept beside its build for the page-weight test (.svelte-kit/editions/<locale>/.vite-manifest.json).
// Usage: node scripts/build-editions.mjs
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { locales, baseLocale } = JSON.parse(readFileSync(join(root, 'project.inlang/settings.json'), 'utf8'));
const site = join(root, 'build');
const version = String(Date.now());

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder) {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** The address of every page a build made: index.html is "/", phase/exchange.html is "/phase/exchange". */
const pagesOf = (folder) =>
	filesUnder(folder)
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replace(/\.html$/, '')}`.replace(/^\/index$/, '/'));

const sameBytes = (a, b) => statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));

rmSync(site, { recursive: true, force: true });
for (const locale of locales) {
	const started = performance.now();
	const built = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, EDITION: locale, BUILD_VERSION: version }
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
	const output = join(root, '.svelte-kit/editions', locale);
	copyFileSync(
		join(root, '.svelte-kit/output/client/.vite/manifest.json'),
		join(root, '.svelte-kit/editions', `${locale}.vite-manifest.json`)
	);
	// The English build's pages, whose counterparts the other editions' builds start from (svelte.config.js).
	if (locale === baseLocale)
		writeFileSync(join(root, '.svelte-kit/editions/english-pages.json'), JSON.stringify(pagesOf(output)));
	const worker = 'service-worker.js';
	const clashes = [];
	for (const file of filesUnder(output)) {
		const target = join(site, file === worker && locale !== baseLocale ? `service-worker-${locale}.js` : file);
		if (existsSync(target)) {
			if (!sameBytes(join(output, file), target)) clashes.push(file);
			continue;
		}
		mkdirSync(dirname(target), { recursive: true });
		cpSync(join(output, file), target);
	}
	if (clashes.length) {
		console.error(`The ${locale} edition's build has files of the same name as another's, with other bytes:`);
		for (const file of clashes) console.error(`  ${file}`);
		process.exit(1);
	}
	console.log(`The ${locale} edition: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
