import { describe, expect, it } from 'vitest';
import { findings, formatMetric, formatStat, hostLine, pageKind, table, throttlingNote } from './report.mjs';

describe('formatMetric and formatStat', () => {
	const tests = [
		{ name: 'LCP', stat: { median: 1864, min: 1850, max: 1880 }, expected: '1.86 s (1.85–1.88)' },
		{ name: 'TBT', stat: { median: 22.4, min: 20, max: 45 }, expected: '22 ms (20–45)' },
		{ name: 'CLS', stat: { median: 0, min: 0, max: 0 }, expected: '0.000' },
		{ name: 'performance', stat: { median: 99, min: 98, max: 100 }, expected: '99 (98–100)' },
		{ name: 'LCP', stat: null, expected: '—' }
	];
	it.each(tests)('$name $expected', ({ name, stat, expected }) => expect(formatStat(name, stat)).toBe(expected));
	it('writes a missing figure as a dash', () => expect(formatMetric('FCP', null)).toBe('—'));
});

describe('pageKind', () => {
	const tests = [
		{ path: '/', expected: 'stepper' },
		{ path: '/phase/exchange', expected: 'stepper' },
		{ path: '/embed/stepper/exchange', expected: 'stepper' },
		{ path: '/timeline', expected: 'stepper' },
		{ path: '/tracker', expected: 'stepper' },
		{ path: '/embed/map/yellow-line', expected: 'embed' },
		{ path: '/embed/timeline', expected: 'embed' },
		{ path: '/embed', expected: 'page' },
		{ path: '/present', expected: 'page' },
		{ path: '/ar', expected: 'stepper' },
		{ path: '/he/phase/exchange', expected: 'stepper' },
		{ path: '/ar/embed/map/yellow-line', expected: 'embed' },
		{ path: '/he/present', expected: 'page' },
		{ path: '/area', expected: 'page' }
	];
	it.each(tests)('$path has the $expected budget', ({ path, expected }) => expect(pageKind(path)).toBe(expected));
});

describe('table', () => {
	it('aligns the first column left and the rest right', () => {
		expect(
			table(
				['page', 'KB'],
				[
					['/', '75.5'],
					['/embed/map', '1.8']
				]
			).split('\n')
		).toEqual(['page          KB', '----------  ----', '/           75.5', '/embed/map   1.8']);
	});
});

describe('findings', () => {
	it('counts in how many runs each audit failed, most frequent first', () => {
		const a = { id: 'canonical', title: 'Canonical', score: 0, displayValue: '' };
		const b = { id: 'render-blocking', title: 'Render blocking', score: 0.5, displayValue: '80 ms' };
		expect(findings([{ findings: [a, b] }, { findings: [b] }]).map((f) => [f.id, f.runs])).toEqual([
			['render-blocking', 2],
			['canonical', 1]
		]);
	});
});

describe('hostLine', () => {
	it('gives the median and range of the CPU benchmark over every run', () => {
		const run = (benchmarkIndex: number | null) => ({ benchmarkIndex });
		const pages = [
			{ runs: { mobile: [run(700), run(820.4)], desktop: [run(640)] } },
			{ runs: { mobile: [run(null)], desktop: [] } }
		];
		expect(hostLine(pages)).toMatch(/^This machine's CPU by Lighthouse's benchmarkIndex: median 700 \(640–820\)\./);
	});
	it('says nothing without runs', () => expect(hostLine([{ runs: { mobile: [], desktop: [] } }])).toBeNull());
});

describe('throttlingNote', () => {
	const tests = [
		{ method: undefined, expected: '' },
		{ method: 'simulate', expected: '' },
		{ method: 'devtools', expected: ', applied throttling (devtools: the network and CPU really slowed)' },
		{ method: 'provided', expected: ', throttling method provided' }
	];
	it.each(tests)('$method', ({ method, expected }) => expect(throttlingNote(method)).toBe(expected));
});
