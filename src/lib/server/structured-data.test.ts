// The JSON-LD block as written into a page: no text in it can end the <script> element or open another.
import { describe, expect, it } from 'vitest';
import { jsonLdScript } from './structured-data';

describe('jsonLdScript', () => {
	it('writes "<" as \\u003c, so a term that reads like markup stays data, and the JSON still reads back', () => {
		const data = { '@type': 'DefinedTerm' as const, name: '</script><script>alert(1)</script> & <!-- "x"' };
		const block = jsonLdScript(data);
		expect(block.startsWith('<script type="application/ld+json">')).toBe(true);
		expect(block.match(/<\/script/g)).toHaveLength(1);
		expect(block).not.toContain('<!--');
		const json = block.slice('<script type="application/ld+json">'.length, -'</script>'.length);
		expect(JSON.parse(json)).toEqual(data);
	});
});
