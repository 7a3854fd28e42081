// Tests what a reader sees of a later fact's sources: outlet and date, linked, and a weakness in words.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourceLinks from './SourceLinks.svelte';

describe('SourceLinks', () => {
	it('links a report to its address and an article to its entry on /sources, each with its date', () => {
		render(SourceLinks, {
			citations: [
				{
					id: 'ap-1',
					kind: 'report',
					label: 'AP',
					date: '2025-10-13',
					dateApproximate: false,
					url: 'https://apnews.com/x',
					weak: []
				},
				{
					id: 'article-c',
					kind: 'article',
					label: 'Article C (Al Jazeera)',
					date: '2025-10-08',
					dateApproximate: false,
					weak: []
				},
				{
					id: 'blog',
					kind: 'report',
					label: 'A blog',
					date: '2026-03',
					dateApproximate: true,
					url: 'https://b.example/',
					weak: ['single-source']
				}
			]
		});
		expect(screen.getByRole('link', { name: 'AP' }).getAttribute('href')).toBe('https://apnews.com/x');
		expect(screen.getByRole('link', { name: 'Article C (Al Jazeera)' }).getAttribute('href')).toBe(
			'/sources#article-c'
		);
		const text = document.body.textContent?.replace(/\s+/g, ' ') ?? '';
		expect(text).toContain(
			'Sources: AP, 13 Oct 2025; Article C (Al Jazeera), 8 Oct 2025; A blog, about Mar 2026 (⚠ single source)'
		);
	});

	it('says "Source" for one', () => {
		render(SourceLinks, {
			citations: [
				{ id: 'ap-1', kind: 'report', label: 'AP', dateApproximate: false, url: 'https://apnews.com/x', weak: [] }
			]
		});
		expect(document.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('Source: AP');
	});
});
