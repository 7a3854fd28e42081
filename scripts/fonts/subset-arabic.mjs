// npm run fonts: cuts the Arabic edition's face down to the characters it writes (arabic-letters.mjs) and writes it to
// src/lib/fonts/, with the list of those characters beside it. Fontsource's Arabic file holds the whole script, for
// Persian, Urdu and the presentation forms too (165,960 bytes); ours needs about fifty letters, marks and signs, which
// with the glyphs their joined forms and ligatures reach (HarfBuzz's subsetter keeps those) and the weight axis come
// to about 27 KB: the file is on the Arabic pages' first paint (docs/fonts.md). Run it again when the Arabic text
// gains a character; src/lib/fonts/arabic-subset.test.ts says when.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { arabicLetters } from './arabic-letters.mjs';

const require = createRequire(import.meta.url);
const source = '@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2';
const { version } = require('@fontsource-variable/noto-sans-arabic/package.json');
const out = (name) => fileURLToPath(new URL(`../../src/lib/fonts/${name}`, import.meta.url));

const letters = arabicLetters();
const whole = readFileSync(require.resolve(source));
const subset = await subsetFont(whole, letters, { targetFormat: 'woff2' });
writeFileSync(out('noto-sans-arabic.woff2'), subset);
writeFileSync(
	out('noto-sans-arabic.json'),
	JSON.stringify({ source: `${source} (${version})`, letters }, null, '\t') + '\n'
);
console.log(
	`${letters.length} characters: ${whole.length} → ${subset.length} bytes (src/lib/fonts/noto-sans-arabic.woff2)`
);
