import { describe, expect, it } from 'vitest';
import { editionOfPath } from './built-edition';

describe('the edition of a page or file', () => {
	it.each([
		['/', 'en'],
		['/present', 'en'],
		['/archive', 'en'],
		['/since/map.json', 'en'],
		['/ar', 'ar'],
		['/ar/phase/exchange/__data.json', 'ar'],
		['/since/ar/map.json', 'ar'],
		['/he/present', 'he'],
		['/hebrew', 'en']
	])('%s is in the %s edition', (path, edition) => expect(editionOfPath(path)).toBe(edition));
});
