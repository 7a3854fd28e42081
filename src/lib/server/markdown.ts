// Markdown to safe HTML, at build time only: marked renders, DOMPurify over a jsdom window sanitizes.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

const purify = createDOMPurify(new JSDOM('').window);
const marked = new Marked({ gfm: true, async: false });

/** External links open without handing the opener to the other page. */
purify.addHook('afterSanitizeAttributes', (node) => {
	if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) node.setAttribute('rel', 'noopener');
});

/** Headings in content start at h3: the page owns h1 and h2. */
export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown) as string;
	return purify.sanitize(html, {
		ALLOWED_TAGS: ['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'code', 'br', 'abbr'],
		ALLOWED_ATTR: ['href', 'title', 'rel'],
		ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/|#)/i
	});
}
