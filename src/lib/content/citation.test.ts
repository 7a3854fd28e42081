import { describe, expect, it } from 'vitest';
import { citationOf } from './citation';
import { loadContentForTests } from './test-content';

const content = loadContentForTests();

describe('citationOf', () => {
	const cases = [
		{
			id: 'article-c',
			expected: {
				kind: 'article',
				label: 'Article C (Al Jazeera)',
				date: '2025-10-06',
				dateApproximate: true,
				weak: []
			}
		},
		{
			id: 'aa-600',
			expected: {
				kind: 'report',
				label: "Anadolu, read on a mirror of Anadolu's site",
				date: '2025-11-10',
				dateApproximate: true,
				url: 'https://9ac8rrlbgmqr.merlincdn.net/gazas-600-truck-daily-aid-target-never-met-since-truce-un-215653',
				weak: ['mirror']
			}
		},
		{ id: 'ynet-tunnels-2', expected: { label: 'Ynet', date: '2025', end: '2026', dateApproximate: false } }
	];
	it.each(cases)('cites $id', ({ id, expected }) => {
		expect(citationOf(id, content)).toMatchObject({ id, ...expected });
	});

	it("says where a report was read in the edition's words", () => {
		expect(citationOf('aa-600', content, 'ar')?.label).toBe("Anadolu، كما نُشر في a mirror of Anadolu's site");
		expect(citationOf('aa-600', content, 'he')?.label).toBe("Anadolu, כפי שפורסם ב־a mirror of Anadolu's site");
	});

	it('cites every source of every event', () => {
		for (const e of content.events) for (const s of e.sources) expect(citationOf(s, content)).toBeDefined();
	});

	it('knows no id that is neither an article nor a report', () => {
		expect(citationOf('siasat-daily', content)).toBeUndefined();
	});
});
