// The characters the Arabic edition writes in its face (Noto Sans Arabic): every Arabic letter, mark and sign, and the
// joiners and direction marks, in its messages, its translated content and our code. What the face's subset keeps
// (scripts/fonts/subset-arabic.mjs), and what its test checks the subset still holds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Arabic script and what Arabic shares with other scripts (its comma, vowel marks, tatweel), and the zero-width
 * joiners and direction marks that shape and order it (U+200C–U+200F).
 */
const inFace = /[\p{Script_Extensions=Arabic}\u200C-\u200F]/u;

/**
 * Every file under a folder whose name ends in one of these, but the compiled messages.
 * @param {string} dir
 * @param {string[]} ends
 */
const filesUnder = (dir, ends) =>
	readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((file) => ends.some((end) => file.endsWith(end)) && !file.startsWith('lib/paraglide'))
		.map((file) => join(root, dir, file));

/** The characters, sorted by code point, once each. @returns {string} */
export function arabicLetters() {
	const files = [
		join(root, 'messages/ar.json'),
		...filesUnder('data/translations/ar', ['.json']),
		...filesUnder('src', ['.ts', '.js', '.svelte'])
	];
	const letters = new Set();
	for (const file of files) for (const c of readFileSync(file, 'utf8')) if (inFace.test(c)) letters.add(c);
	return [...letters].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}
