// Checks every quote in data/quotes.json against the article text it cites.
// Usage: npm run verify-quotes -- <folder with the article .txt files>
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuote } from './lib/quote-match.js';

/** @typedef {{ id: string, file: string }} SourceEntry */
/** @typedef {{ id: string, source: string, text: string }} QuoteEntry */

const USAGE = 'usage: npm run verify-quotes -- <folder with the article .txt files>';
const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	console.error(message);
	process.exit(1);
}

/**
 * @param {string} path
 * @returns {unknown}
 */
function readJson(path) {
	if (!existsSync(path)) fail(`missing file: ${path}`);
	return JSON.parse(readFileSync(path, 'utf8'));
}

const folderArgument = process.argv[2];
if (!folderArgument) fail(USAGE);
// npm runs scripts from the project root; resolve the folder from where the command was typed.
const folder = resolve(process.env.INIT_CWD ?? process.cwd(), folderArgument);
if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`not a folder: ${folder}\n${USAGE}`);

const sources = /** @type {SourceEntry[]} */ (readJson(resolve(dataDir, 'sources.json')));
const quotes = /** @type {QuoteEntry[]} */ (readJson(resolve(dataDir, 'quotes.json')));

/** @type {Map<string, string>} article text by source id */
const articles = new Map();
let missing = 0;
for (const source of sources) {
	const path = resolve(folder, source.file);
	if (!existsSync(path)) {
		console.error(`missing article: ${source.id} expects ${path}`);
		missing++;
		continue;
	}
	articles.set(source.id, readFileSync(path, 'utf8'));
}

let mismatches = 0;
for (const quote of quotes) {
	const article = articles.get(quote.source);
	if (article === undefined) {
		const known = sources.some((source) => source.id === quote.source);
		console.log(`${quote.id} [${quote.source}]: ${known ? 'article file missing' : 'unknown source'}`);
		mismatches++;
		continue;
	}
	const result = findQuote(quote.text, article);
	if (result.found) continue;
	mismatches++;
	const similarity = Math.round(result.similarity * 100);
	console.log(
		`${quote.id} [${quote.source}]: not verbatim\n  quote:   ${quote.text}\n` +
			`  nearest: ${result.nearest} (${similarity}% of words)`
	);
}

console.log(`${quotes.length} quotes checked, ${mismatches} mismatches`);
process.exit(mismatches > 0 || missing > 0 ? 1 : 0);
