// npm run bench: builds the site, serves it on loopback beside a TimelineJS page of the same content, runs Lighthouse
// (mobile and desktop presets, three runs each) on the home page, a phase page, the timeline, the tracker, a diagram
// embed, the deck, the Arabic and Hebrew editions' home and phase pages and the TimelineJS page, and prints medians
// (min–max), ratios to TimelineJS, the JS, CSS and font files each page loads (weighed from what Chromium fetched,
// every prerendered page), and the budgets each meets or misses. Raw results go to bench-results/ (git-ignored).
// Budgets are watched, not enforced: it exits 0 unless it could not run at all.
//   --no-build     measure build/ as it is          --runs N    runs per page and preset (default 3)
//   --site DIR     measure another built copy       --quick     skip Lighthouse: only the bytes each page loads
//   --pages K,K    only these pages by key (home, phase, timeline, tracker, embed, deck, ar-home, ar-phase,
//                  he-home, he-phase), beside TimelineJS: fewer runs on a machine others are using
//   --presets P,P  mobile, desktop or both (default): the budgets are judged on mobile
//   --throttling M Lighthouse's throttling method: simulate (default), devtools (really slows the network and CPU)
//                  or provided (none)
// BUILD_LOCK=/path/to/lock (optional): build and copy the site holding that lock with flock.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats } from './bench/budgets.mjs';
import { CATEGORIES, METRICS, THROTTLING_METHODS, chromiumVersion, runLighthouse } from './bench/lighthouse.mjs';
import { renderReport } from './bench/report.mjs';
import { serveStatic } from './bench/server.mjs';
import { timelineDist, timelineRequests, writeTimelinePage } from './bench/timelinejs-page.mjs';
import { measureInBrowser } from './bench/browser-weights.mjs';
import { htmlFileFor, htmlPages, measureLoaded } from './bench/weights.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench-results');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runsPerPreset = Math.max(1, Number(option('--runs', '3')) || 3);
const presets = /** @type {('mobile' | 'desktop')[]} */ (
	option('--presets', 'mobile,desktop')
		.split(',')
		.filter((preset) => preset === 'mobile' || preset === 'desktop')
);
const throttling = /** @type {'simulate' | 'devtools' | 'provided'} */ (option('--throttling', 'simulate'));
const only = option('--pages', '')
	.split(',')
	.map((key) => key.trim())
	.filter(Boolean);

/** The pages measured with Lighthouse, those of ours that exist in this build, then TimelineJS's. */
function pagesToMeasure(site) {
	const phases = JSON.parse(readFileSync(join(root, 'data', 'phases.json'), 'utf8'));
	const has = (path) => existsSync(htmlFileFor(site, path));
	const phase = phases[1] ?? phases[0];
	const embed = ['map', 'exchange', 'sequence', 'governance', 'figures']
		.flatMap((kind) =>
			phases.filter((p) => p.diagrams.some((d) => d.kind === kind)).map((p) => `/embed/${kind}/${p.id}`)
		)
		.find(has);
	const wanted = [
		{ key: 'home', label: 'home /', path: '/', kind: 'stepper' },
		{ key: 'phase', label: `phase /phase/${phase.id}`, path: `/phase/${phase.id}`, kind: 'stepper' },
		// The views of what happened since the talks meet the stepper's budgets (DESIGN.md: every new view does).
		{ key: 'timeline', label: 'timeline /timeline', path: '/timeline', kind: 'stepper' },
		{ key: 'tracker', label: 'tracker /tracker', path: '/tracker', kind: 'stepper' },
		{ key: 'embed', label: `embed ${embed ?? '/embed/<diagram>'}`, path: embed, kind: 'embed' },
		{ key: 'deck', label: 'deck /present', path: '/present', kind: 'deck' },
		// The editions meet the English pages' budgets with their own text and fonts (docs/fonts.md).
		...['ar', 'he'].flatMap((edition) => [
			{ key: `${edition}-home`, label: `home /${edition}`, path: `/${edition}`, kind: 'stepper' },
			{
				key: `${edition}-phase`,
				label: `phase /${edition}/phase/${phase.id}`,
				path: `/${edition}/phase/${phase.id}`,
				kind: 'stepper'
			}
		])
	].filter((p) => !only.length || only.includes(p.key));
	const pages = wanted.filter((p) => p.path && has(p.path));
	const skipped = wanted
		.filter((p) => !p.path || !has(p.path))
		.map((p) => ({ label: p.label, reason: `${p.path ?? 'no diagram embed'} is not in this build yet` }));
	pages.push({ key: 'timelinejs', label: 'TimelineJS, same content', path: '/timelinejs/page/', kind: 'timelinejs' });
	return { pages, skipped };
}

async function main() {
	if (!THROTTLING_METHODS.includes(throttling))
		throw new Error(`--throttling ${throttling}: expected one of ${THROTTLING_METHODS.join(', ')}`);
	const site = resolve(option('--site', join(root, 'build')));
	const build = !args.includes('--no-build') && !args.includes('--site');
	// Snapshot the build in a folder of this run's own, so a rebuild during the runs cannot change what is measured.
	const work = mkdtempSync(join(tmpdir(), 'bench-'));
	process.on('exit', () => rmSync(work, { recursive: true, force: true }));
	const snapshot = join(work, 'site');
	// In a checkout that several people build in, BUILD_LOCK names a lock file: the build and the copy hold it
	// (flock), and the Lighthouse runs, which take minutes, do not.
	const siteIndex = join(site, 'index.html');
	const buildStep = build ? 'node scripts/build-editions.mjs && ' : '';
	const steps = `${buildStep}test -f "${siteIndex}" && cp -R "${site}" "${snapshot}"`;
	const lock = process.env.BUILD_LOCK ? ` under ${process.env.BUILD_LOCK}` : '';
	if (build) console.log(`Building the site (each edition on its own)${lock} ...`);
	try {
		execFileSync(
			process.env.BUILD_LOCK ? 'flock' : 'sh',
			process.env.BUILD_LOCK ? [process.env.BUILD_LOCK, 'sh', '-c', steps] : ['-c', steps],
			{
				cwd: root,
				stdio: ['ignore', 'ignore', 'inherit']
			}
		);
	} catch {
		throw new Error(build ? 'the build failed' : `no built site at ${site} (run without --no-build)`);
	}
	const timelineFolder = join(work, 'timelinejs');
	writeTimelinePage(root, timelineFolder, '/timelinejs/');

	const allPaths = htmlPages(snapshot)
		.map((p) => ({ p, inEdition: p.replace(/^\/(ar|he)(?=\/|$)/, '') || '/' }))
		.filter(({ inEdition: e }) => e === '/' || /^\/(phase|embed)\//.test(e) || /^\/(present|timeline|tracker)$/.test(e))
		.map(({ p }) => p)
		.sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));

	const { pages, skipped } = pagesToMeasure(snapshot);
	// With --pages, only those pages are weighed too.
	const weighed = only.length ? allPaths.filter((p) => pages.some((page) => page.path === p)) : allPaths;
	const server = await serveStatic(snapshot, { '/timelinejs/page/': timelineFolder, '/timelinejs/': timelineDist() });
	const errors = [];
	const lighthouseVersion = JSON.parse(
		readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8')
	).version;
	let allPages;
	try {
		console.log(`Weighing what ${weighed.length} pages load in Chromium ...`);
		allPages = await measureInBrowser(server, weighed);
		for (const page of pages) {
			const response = await fetch(server.url + page.path);
			if (!response.ok) throw new Error(`${page.path} answered ${response.status}`);
			page.runs = { mobile: [], desktop: [] };
		}
		if (!args.includes('--quick')) {
			const total = runsPerPreset * presets.length * pages.length;
			let done = 0;
			// Runs interleave pages and presets, so a slow moment of the machine falls on all pages alike.
			for (let run = 1; run <= runsPerPreset; run++)
				for (const preset of presets)
					for (const page of pages) {
						done++;
						try {
							const result = await runLighthouse(server.url + page.path, preset, { throttling });
							page.runs[preset].push(result);
							const m = result.metrics;
							console.log(
								`[${done}/${total}] ${preset} run ${run} ${page.label}: perf ${result.scores.performance}, ` +
									`LCP ${Math.round(m.LCP ?? 0)} ms, TBT ${Math.round(m.TBT ?? 0)} ms, CLS ${(m.CLS ?? 0).toFixed(3)}`
							);
						} catch (error) {
							errors.push(String(error instanceof Error ? error.message : error));
							console.log(`[${done}/${total}] ${preset} run ${run} ${page.label}: failed`);
						}
					}
		}
	} finally {
		await server.close();
	}
	if (!args.includes('--quick') && pages.every((p) => !p.runs.mobile.length && !p.runs.desktop.length))
		throw new Error(`no Lighthouse run succeeded: ${errors[0]}`);

	for (const page of pages) {
		page.stats = {};
		for (const preset of presets) {
			const runs = page.runs[preset];
			if (!runs.length) continue;
			page.stats[preset] = Object.fromEntries([
				...CATEGORIES.map((c) => [c, stats(runs.map((r) => r.scores[c]))]),
				...Object.values(METRICS).map((m) => [m, stats(runs.map((r) => r.metrics[m]))])
			]);
		}
		// The bytes a page loads, from the requests of a mobile run (every run loads the same files); without
		// Lighthouse, from the browser's visit above.
		const requests = page.runs.mobile[0]?.requests ?? page.runs.desktop[0]?.requests;
		if (requests) page.weights = measureLoaded(requests, server.url.replace(/\/$/, ''), server.resolve);
		else if (page.kind === 'timelinejs')
			page.weights = measureLoaded(timelineRequests(server.url), server.url, server.resolve);
		else page.weights = allPages.find((p) => p.sitePath === page.path);
	}

	const result = {
		date: new Date().toISOString(),
		lighthouse: lighthouseVersion,
		chromium: chromiumVersion(),
		node: process.version,
		runsPerPreset: args.includes('--quick') ? 0 : runsPerPreset,
		throttling,
		pages,
		skipped,
		errors,
		allPages
	};
	mkdirSync(resultsDir, { recursive: true });
	const stamp = result.date.replace(/[:.]/g, '-');
	writeFileSync(join(resultsDir, `bench-${stamp}.json`), JSON.stringify(result, null, 1));
	writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(result, null, 1));
	console.log('\n' + renderReport(result));
	console.log(`\nRaw results: bench-results/bench-${stamp}.json (and latest.json).`);
}

try {
	await main();
	process.exit(0);
} catch (error) {
	console.error(`bench could not run: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
