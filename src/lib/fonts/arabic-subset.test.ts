// The Arabic face is cut down to the characters the Arabic edition writes (scripts/fonts/subset-arabic.mjs): a new
// letter or mark in the Arabic text, left out of the file, would be drawn in another face, one character in a word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arabicLetters } from '../../../scripts/fonts/arabic-letters.mjs';

const kept: { letters: string } = JSON.parse(readFileSync(new URL('./noto-sans-arabic.json', import.meta.url), 'utf8'));

describe('the Arabic face’s subset', () => {
	it('holds every character the Arabic edition writes (if not: npm run fonts)', () => {
		const missing = [...arabicLetters()].filter((c) => !kept.letters.includes(c));
		expect(missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()} ${c}`)).toEqual([]);
	});

	it('reads the Arabic letters, comma and vowel marks of the edition’s text', () => {
		const letters = arabicLetters();
		for (const c of ['ا', 'ب', 'ي', '،', '؛', 'ً', 'ّ']) expect(letters).toContain(c);
		expect(letters).not.toMatch(/[A-Za-z0-9א-ת]/);
	});
});
