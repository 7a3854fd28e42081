import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders the markdown content uses', () => {
		expect(renderMarkdown('### What the plan says\n\nThe *war* ends **at once**.')).toBe(
			'<h3>What the plan says</h3>\n<p>The <em>war</em> ends <strong>at once</strong>.</p>\n'
		);
		expect(renderMarkdown('[Sources](/sources)')).toContain('<a href="/sources">Sources</a>');
	});

	const attacks = [
		{ name: 'a script element', input: 'Hi <script>alert(1)</script>', forbidden: /<script|alert/ },
		{ name: 'an event handler on an image', input: '<img src="x" onerror="alert(1)">', forbidden: /onerror|<img/ },
		{ name: 'an event handler on a link', input: '<a href="/points" onclick="alert(1)">x</a>', forbidden: /onclick/ },
		{ name: 'a javascript: link in markdown', input: '[click](javascript:alert(1))', forbidden: /javascript:/i },
		{ name: 'a mixed-case javascript: link', input: '<a href="JaVaScRiPt:alert(1)">x</a>', forbidden: /javascript:/i },
		{
			name: 'an entity-encoded javascript: link',
			input: '<a href="&#106;avascript:alert(1)">x</a>',
			forbidden: /avascript:/i
		},
		{
			name: 'a data: URL',
			input: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
			forbidden: /data:/
		},
		{ name: 'an iframe', input: '<iframe src="https://example.org"></iframe>', forbidden: /<iframe/ },
		{ name: 'an SVG with script', input: '<svg><script>alert(1)</script></svg>', forbidden: /<svg|<script/ },
		{
			name: 'a style attribute',
			input: '<p style="background:url(javascript:alert(1))">x</p>',
			forbidden: /style|javascript/
		}
	];
	it.each(attacks)('never lets $name through', ({ input, forbidden }) => {
		expect(renderMarkdown(input)).not.toMatch(forbidden);
	});
});
