// The benchmark's printed report: Lighthouse medians (min–max) per preset, our figures as ratios of TimelineJS's,
// the JavaScript and CSS each page loads, the budgets met or missed, and what Lighthouse says to fix.
import { KB, checkBudgets, ratio } from './budgets.mjs';

const kb = (bytes) => (typeof bytes === 'number' ? (bytes / KB).toFixed(1) : '—');
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** One figure as a reader of the report wants it: seconds for paints, ms for blocking, 3 decimals for CLS. */
export function formatMetric(name, value) {
	if (typeof value !== 'number') return '—';
	if (name === 'TBT') return `${Math.round(value)} ms`;
	if (name === 'CLS') return value.toFixed(3);
	if (['FCP', 'LCP', 'SI'].includes(name)) return seconds(value);
	return String(Math.round(value));
}

/** "1.10 s (1.05–1.20)": the median, then min–max when the runs differ. */
export function formatStat(name, stat) {
	if (!stat) return '—';
	const median = formatMetric(name, stat.median);
	if (stat.min === stat.max) return median;
	const strip = (s) => s.replace(/ (s|ms)$/, '');
	return `${median} (${strip(formatMetric(name, stat.min))}–${strip(formatMetric(name, stat.max))})`;
}

/** A plain text table: first column left-aligned, the rest right-aligned. */
export function table(header, rows) {
	const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) =>
		cells
			.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const scoreNames = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best pr.', seo: 'SEO' };
const metricNames = ['FCP', 'LCP', 'TBT', 'CLS', 'SI'];

function lighthouseTable(pages, preset) {
	const rows = pages.map((p) => [
		p.label,
		...Object.keys(scoreNames).map((s) => formatStat(s, p.stats[preset]?.[s])),
		...metricNames.map((m) => formatStat(m, p.stats[preset]?.[m]))
	]);
	return table(['page', ...Object.values(scoreNames), ...metricNames], rows);
}

function comparisonTable(pages, timeline) {
	const mobile = (p, m) => p.stats.mobile?.[m]?.median;
	const desktop = (p, m) => p.stats.desktop?.[m]?.median;
	const rows = pages.map((p) => [
		p.label,
		ratio(mobile(p, 'LCP'), mobile(timeline, 'LCP')),
		ratio(mobile(p, 'FCP'), mobile(timeline, 'FCP')),
		ratio(mobile(p, 'TBT'), mobile(timeline, 'TBT')),
		ratio(desktop(p, 'LCP'), desktop(timeline, 'LCP')),
		ratio(desktop(p, 'TBT'), desktop(timeline, 'TBT')),
		ratio(p.weights?.totalJs.gzip, timeline.weights?.totalJs.gzip),
		ratio(sumGzip(p), sumGzip(timeline))
	]);
	return table(
		[
			'page (× TimelineJS)',
			'LCP mobile',
			'FCP mobile',
			'TBT mobile',
			'LCP desktop',
			'TBT desktop',
			'JS gzip',
			'JS+CSS gzip'
		],
		rows
	);
}

/** One line per page, to quote: "home /: LCP 0.41× TimelineJS (0.72 s against 1.75 s), ...". */
function comparisonLines(pages, timeline) {
	const m = (p, name) => p.stats.mobile?.[name]?.median;
	const both = (p, name) => `${formatMetric(name, m(p, name))} against ${formatMetric(name, m(timeline, name))}`;
	return pages.map(
		(p) =>
			`  ${p.label}: LCP ${ratio(m(p, 'LCP'), m(timeline, 'LCP'))} TimelineJS (${both(p, 'LCP')}), ` +
			`TBT ${ratio(m(p, 'TBT'), m(timeline, 'TBT'))} (${both(p, 'TBT')}), ` +
			`JS ${ratio(p.weights?.totalJs.gzip, timeline.weights?.totalJs.gzip)} ` +
			`(${kb(p.weights?.totalJs.gzip)} KB against ${kb(timeline.weights?.totalJs.gzip)} KB gzip)`
	);
}

const sumGzip = (p) => (p.weights ? p.weights.totalJs.gzip + p.weights.totalCss.gzip : undefined);

function weightTable(pages) {
	const rows = pages.map((p) => {
		const w = p.weights;
		if (!w) return [p.label, '—', '—', '—', '—', '—', '—', '—', '—', '—'];
		const files = (n) => (Number.isNaN(n) ? 'as linked' : `${n} + inline`);
		return [
			p.label,
			files(w.files.js),
			kb(w.js.raw),
			kb(w.js.gzip),
			kb(w.inlineJs.gzip),
			kb(w.totalJs.gzip),
			files(w.files.css),
			kb(w.totalCss.raw),
			kb(w.totalCss.gzip),
			w.files.fonts ?? 0,
			kb(w.fonts ?? 0)
		];
	});
	return table(
		[
			'page',
			'JS files',
			'JS raw KB',
			'JS gzip KB',
			'inline JS gzip',
			'all JS gzip',
			'CSS files',
			'all CSS raw KB',
			'all CSS gzip KB',
			'font files',
			'fonts KB'
		],
		rows
	);
}

/**
 * Which JavaScript budget a prerendered page has: the stepper's, an embed's, or none (the deck, the previewer,
 * the rest). The Arabic and Hebrew editions' pages (/ar/…, /he/…) have the same budgets as the English ones.
 */
export function pageKind(path) {
	const sitePath = path.replace(/^\/(ar|he)(?=\/|$)/, '') || '/';
	if (sitePath === '/' || sitePath.startsWith('/phase/') || sitePath.startsWith('/embed/stepper')) return 'stepper';
	if (sitePath === '/timeline' || sitePath === '/tracker') return 'stepper';
	if (sitePath.startsWith('/embed/')) return 'embed';
	return 'page';
}

/** Audits that did not pass in the mobile runs, most frequent first, with how many runs saw them. */
export function findings(runs) {
	const count = new Map();
	for (const run of runs)
		for (const f of run.findings) count.set(f.id, { ...f, runs: (count.get(f.id)?.runs ?? 0) + 1 });
	return [...count.values()].sort((a, b) => b.runs - a.runs || a.score - b.score);
}

/** This machine's CPU speed as Lighthouse measured it in every run, or null when no run says. */
export function hostLine(pages) {
	const indexes = pages
		.flatMap((p) => [...(p.runs?.mobile ?? []), ...(p.runs?.desktop ?? [])])
		.map((r) => r.benchmarkIndex)
		.filter((n) => typeof n === 'number')
		.sort((a, b) => a - b);
	if (!indexes.length) return null;
	const [min, median, max] = [indexes[0], indexes[Math.floor(indexes.length / 2)], indexes[indexes.length - 1]].map(
		Math.round
	);
	return (
		`This machine's CPU by Lighthouse's benchmarkIndex: median ${median} (${min}–${max}). ` +
		`Blocking time is the observed task time × 4 whatever the host, so it reads higher on a slow or busy machine.`
	);
}

/** How the runs were throttled, when not by Lighthouse's default simulation (the budgets assume it). */
export const throttlingNote = (method) =>
	!method || method === 'simulate'
		? ''
		: method === 'devtools'
			? ', applied throttling (devtools: the network and CPU really slowed)'
			: `, throttling method ${method}`;

/** The report as text. `result` is what bench.mjs writes to bench-results/. */
export function renderReport(result) {
	const ours = result.pages.filter((p) => p.kind !== 'timelinejs');
	const timeline = result.pages.find((p) => p.kind === 'timelinejs');
	const out = [];
	out.push(
		result.runsPerPreset > 0
			? `Lighthouse ${result.lighthouse}${result.chromium ? `, Chromium ${result.chromium}` : ''}, ` +
					`${result.runsPerPreset} runs per page and preset, medians (min–max)` +
					`${throttlingNote(result.throttling)}. ${result.date}`
			: `Bytes only (--quick: no Lighthouse runs). ${result.date}`
	);
	const measured = result.runsPerPreset > 0;
	const host = hostLine(result.pages);
	if (measured && host) out.push(host);
	if (measured)
		for (const preset of ['mobile', 'desktop'])
			out.push('', `${preset === 'mobile' ? 'Mobile' : 'Desktop'} preset`, lighthouseTable(result.pages, preset));
	if (timeline && measured)
		out.push(
			'',
			'Against TimelineJS (medians; under 1× is better)',
			comparisonTable(ours, timeline),
			'',
			...comparisonLines(ours, timeline)
		);
	out.push(
		'',
		"What each page loads (files read from disk, gzip level 6; inline: the page's own <script>/<style>)",
		weightTable(result.pages)
	);
	out.push('', 'Budgets (DESIGN.md; Lighthouse on the mobile preset)');
	const timelineJs = timeline?.weights?.totalJs.gzip ?? null;
	for (const page of ours) {
		const checks = checkBudgets(
			{ kind: page.kind, mobile: page.stats.mobile ?? {}, jsGzip: page.weights?.totalJs.gzip ?? null },
			timelineJs
		).filter((c) => measured || c.met !== null);
		const missed = checks.filter((c) => c.met === false);
		out.push(`  ${page.label}: meets ${checks.filter((c) => c.met).length} of ${checks.length}`);
		for (const c of checks) out.push(`    ${c.met === null ? '?' : c.met ? 'meets' : 'MISSES'}  ${c.name}: ${c.value}`);
		if (missed.length && page.runs.mobile?.length) {
			const found = findings(page.runs.mobile).slice(0, 8);
			if (found.length) {
				const said = found.map((f) => `${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}`).join('; ');
				out.push(`    Lighthouse (mobile) says: ${said}`);
			}
			const lcp = page.runs.mobile.find((r) => r.lcpElement)?.lcpElement;
			if (lcp) out.push(`    LCP element: ${lcp.slice(0, 90)}`);
		}
	}
	for (const s of result.skipped) out.push(`  ${s.label}: skipped (${s.reason})`);
	if (result.errors.length) out.push('', 'Runs that failed:', ...result.errors.map((e) => `  ${e}`));
	if (result.allPages?.length) {
		out.push(
			'',
			'Every prerendered page, as Chromium loads it ' +
				'(the scripts and stylesheets it fetched until the network was quiet, and its inline code)'
		);
		const rows = result.allPages.map((p) => {
			const js = p.totalJs.gzip;
			const [budget] = checkBudgets({ kind: pageKind(p.sitePath), mobile: {}, jsGzip: js }, timelineJs).filter((c) =>
				c.name.startsWith('JS')
			);
			const verdict = budget ? `${budget.met ? 'meets' : 'MISSES'} ${budget.name}` : '—';
			return [
				p.sitePath,
				p.files.js,
				kb(p.js.gzip),
				kb(p.inlineJs.gzip),
				kb(p.totalCss.gzip),
				kb(js),
				verdict + (p.foreign.length ? ` (other origins: ${p.foreign.join(', ')})` : '')
			];
		});
		out.push(
			table(['page', 'JS files', 'JS gzip KB', 'inline JS gzip KB', 'CSS gzip KB', 'all JS gzip KB', 'budget'], rows)
		);
	}
	return out.join('\n');
}
