// Checks the editions' translations in data/translations/ as the build does, without building: prints each edition's
// state (complete, or the files it still lacks) and exits 1 with every problem, file and path, when one fails.
// Usage: npm run check-translations
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/** Every JSON file under data/, by its path inside it, as the build's loader reads them. */
function readData(dir = dataDir, files = /** @type {Record<string, unknown>} */ ({})) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) readData(path, files);
		else if (name.endsWith('.json')) files[relative(dataDir, path)] = JSON.parse(readFileSync(path, 'utf8'));
	}
	return files;
}

/** The validators are TypeScript: Vite's module runner loads them as the build does, without the site's plugins. */
async function load(/** @type {string} */ file) {
	const path = fileURLToPath(new URL(`../src/lib/content/${file}`, import.meta.url));
	return (await runnerImport(path, { configFile: false, logLevel: 'silent' })).module;
}

const { validateContent } = await load('validate.ts');
const { validateTranslations } = await load('validate-translations.ts');

try {
	const raw = readData();
	const editions = validateTranslations(raw, validateContent(raw));
	for (const [language, { complete, missing }] of Object.entries(editions))
		console.log(
			complete
				? `${language}: complete`
				: `${language}: incomplete, ${missing.length} files to translate: ${missing.join(', ')}`
		);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
