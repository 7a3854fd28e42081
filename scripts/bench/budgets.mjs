// The budgets of DESIGN.md as checks on the benchmark's medians, and the statistics they are checked on.
// Lighthouse budgets are judged on the mobile preset; the JavaScript budgets against the TimelineJS page measured in
// the same run (its nominal 65 KB gzip is the fallback when TimelineJS could not be measured).
export const KB = 1024;
export const TIMELINEJS_NOMINAL_JS_GZIP = 65 * KB;

/** Median, min and max of the numbers in a list (nulls left out); null when there are none. */
export function stats(values) {
	const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return null;
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** "0.41×": our figure over TimelineJS's; "—" when either is missing or both are zero, "∞×" over a zero. */
export function ratio(ours, theirs) {
	if (typeof ours !== 'number' || typeof theirs !== 'number') return '—';
	if (theirs === 0) return ours === 0 ? '—' : '∞×';
	return `${(ours / theirs).toFixed(2)}×`;
}

/**
 * Every budget that applies to a page, met or missed.
 * @param {{
 *   kind: 'stepper' | 'embed' | 'deck' | 'page',
 *   mobile: Record<string, { median: number } | null>,
 *   jsGzip: number | null
 * }} page
 *   mobile: the medians of the mobile runs by name (performance, accessibility, best-practices, seo, LCP, TBT, CLS)
 * @param {number | null} timelineJsGzip the JavaScript the TimelineJS page loaded, gzip, or null
 * @returns {{ name: string, met: boolean | null, value: string }[]} met is null when the figure is missing
 */
export function checkBudgets(page, timelineJsGzip) {
	const m = (name) => page.mobile[name]?.median ?? null;
	const checks = [];
	const check = (name, value, met, shown) =>
		checks.push({ name, met: value === null ? null : met, value: value === null ? 'not measured' : shown });
	for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
		const score = m(category);
		check(`Lighthouse mobile ${category} 100`, score, score === 100, String(score));
	}
	const lcp = m('LCP');
	check('LCP ≤ 1.2 s (mobile)', lcp, lcp !== null && lcp <= 1200, `${((lcp ?? 0) / 1000).toFixed(2)} s`);
	const tbt = m('TBT');
	check('TBT < 50 ms (mobile)', tbt, tbt !== null && tbt < 50, `${Math.round(tbt ?? 0)} ms`);
	const cls = m('CLS');
	check('CLS 0 (mobile)', cls, cls !== null && cls < 0.0005, (cls ?? 0).toFixed(3));
	const reference = timelineJsGzip ?? TIMELINEJS_NOMINAL_JS_GZIP;
	const limit = page.kind === 'stepper' ? reference : page.kind === 'embed' ? reference / 2 : null;
	if (limit !== null) {
		const label = page.kind === 'stepper' ? 'JS ≤ TimelineJS' : 'JS ≤ half of TimelineJS';
		const js = page.jsGzip;
		check(
			`${label} (${(limit / KB).toFixed(1)} KB gzip)`,
			js,
			js !== null && js <= limit,
			`${((js ?? 0) / KB).toFixed(1)} KB`
		);
	}
	return checks;
}
