// Runs Lighthouse 12 on one URL with the mobile or desktop preset, in a child process with its own Chromium, and
// keeps what the benchmark reports: category scores, the timing metrics, the audits that did not pass, and the
// scripts and stylesheets the page requested.
import { execFile, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('lighthouse/cli/index.js');

export const CHROME_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * How Lighthouse slows the page down: 'simulate' (its default) loads it at full speed and computes the metrics a slow
 * phone would see; 'devtools' really throttles the network (per-request latency, bandwidth) and the CPU while it loads;
 * 'provided' does neither.
 */
export const THROTTLING_METHODS = ['simulate', 'devtools', 'provided'];

/** The metrics we compare, Lighthouse's audit id -> our short name; all in milliseconds except CLS. */
export const METRICS = {
	'first-contentful-paint': 'FCP',
	'largest-contentful-paint': 'LCP',
	'total-blocking-time': 'TBT',
	'cumulative-layout-shift': 'CLS',
	'speed-index': 'SI'
};

/** Audits that rate the page but are not failures in themselves (metrics are reported as figures instead). */
const notFindings = new Set([...Object.keys(METRICS), 'interactive', 'max-potential-fid']);

/**
 * The figures the benchmark keeps from a Lighthouse result (LHR).
 * @param {any} lhr
 */
export function summarise(lhr) {
	const scores = Object.fromEntries(
		CATEGORIES.map((id) => [
			id,
			typeof lhr.categories[id]?.score === 'number' ? Math.round(lhr.categories[id].score * 100) : null
		])
	);
	const metrics = Object.fromEntries(
		Object.entries(METRICS).map(([id, name]) => [name, lhr.audits[id]?.numericValue ?? null])
	);
	/** Audits that count in a category's score and did not pass: what to fix. */
	const counted = new Set(
		Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id))
	);
	const findings = Object.values(lhr.audits)
		.filter((a) => a.score !== null && a.score < 1 && !notFindings.has(a.id))
		.filter(
			(a) => counted.has(a.id) || (a.details?.type === 'opportunity' && a.numericValue > 0) || /-insight$/.test(a.id)
		)
		.map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? '' }));
	const requests = (lhr.audits['network-requests']?.details?.items ?? [])
		.filter(
			(r) =>
				r.resourceType === 'Script' ||
				r.resourceType === 'Stylesheet' ||
				r.resourceType === 'Document' ||
				r.resourceType === 'Font'
		)
		.map((r) => ({ url: r.url, type: r.resourceType, transferSize: r.transferSize, resourceSize: r.resourceSize }));
	const lcpElement =
		lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.nodeLabel ?? null;
	// How fast this machine's CPU is by Lighthouse's own yardstick: simulated blocking time is the observed task times
	// multiplied by a fixed 4, so a slow or busy host reads higher than a fast one.
	const benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
	return { scores, metrics, findings, requests, lcpElement, benchmarkIndex, warnings: lhr.runWarnings ?? [] };
}

const chromePath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The browser's version ("156.0.8078.79"), as it says itself; null when it cannot say. */
export function chromiumVersion() {
	try {
		return (
			/([\d]+\.[\d.]+)/.exec(
				execFileSync(chromePath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
			)?.[1] ?? null
		);
	} catch {
		return null;
	}
}

/**
 * One Lighthouse run.
 * @param {string} url
 * @param {'mobile' | 'desktop'} preset
 * @param {{ throttling?: 'simulate' | 'devtools' | 'provided' }} [options]
 * @returns {Promise<ReturnType<typeof summarise>>}
 */
export function runLighthouse(url, preset, { throttling = 'simulate' } = {}) {
	const args = [
		cli,
		url,
		'--quiet',
		'--output=json',
		'--output-path=stdout',
		`--only-categories=${CATEGORIES.join(',')}`,
		`--chrome-flags=${CHROME_FLAGS.join(' ')}`,
		'--max-wait-for-load=30000',
		...(preset === 'desktop' ? ['--preset=desktop'] : []),
		...(throttling === 'simulate' ? [] : [`--throttling-method=${throttling}`])
	];
	const env = { ...process.env, CHROME_PATH: chromePath() };
	return new Promise((resolve, reject) => {
		execFile(
			process.execPath,
			args,
			{ env, maxBuffer: 256 * 1024 * 1024, timeout: 180_000 },
			(error, stdout, stderr) => {
				if (error) {
					const lastLines = stderr.trim().split('\n').slice(-3).join(' ');
					return reject(new Error(`Lighthouse failed on ${url} (${preset}): ${lastLines || error.message}`));
				}
				try {
					const lhr = JSON.parse(stdout);
					if (lhr.runtimeError)
						return reject(
							new Error(`Lighthouse on ${url} (${preset}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
						);
					resolve(summarise(lhr));
				} catch (parseError) {
					reject(new Error(`Lighthouse output on ${url} was not JSON: ${parseError}`));
				}
			}
		);
	});
}
