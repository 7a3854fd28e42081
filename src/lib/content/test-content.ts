// For tests: the real data/ folder, or the small fixture in tests/fixtures/content/, validated and indexed like the
// build does (markdown left as is).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { translatedData } from './apply-translation';
import { buildContent } from './build';
import type { Language } from './schema-translations';
import type { Content } from './types';
import { validateContent } from './validate';

const dataFolder = join(import.meta.dirname, '../../../data');
/** A few phases in obviously made-up words, that between them draw every kind of diagram with quote notes. */
export const fixtureFolder = join(import.meta.dirname, '../../../tests/fixtures/content');
/**
 * Three glossary entries, their Arabic and Hebrew translations and a few fixed terms, laid over the fixture content:
 * the English carries a number, a date, point numbers, a link, a quotation and fixed terms for each rule to spoil.
 */
export const translationFixtureFolder = join(import.meta.dirname, '../../../tests/fixtures/translations');

export function readDataFolder(folder = dataFolder): Record<string, unknown> {
	const files: Record<string, unknown> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.json')) files[relative(folder, path)] = JSON.parse(readFileSync(path, 'utf8'));
		}
	};
	walk(folder);
	return files;
}

/** The real content: for smoke tests of structure, never of wording (editors change the wording). */
export function loadContentForTests(): Content {
	return buildContent(validateContent(readDataFolder()), (md) => md);
}

/** One edition's real content, built as the site builds it (src/lib/server/content.ts): English, or its translation. */
export function loadEditionForTests(edition: 'en' | Language): Content {
	if (edition === 'en') return loadContentForTests();
	return buildContent(validateContent(translatedData(readDataFolder(), edition)), (md) => md, edition);
}

/** The fixture content: for tests that assert what a reader sees. */
export function loadFixtureContent(): Content {
	return buildContent(validateContent(readDataFolder(fixtureFolder)), (md) => md);
}

/**
 * The fixture with only its timeline's own events ("fixture-…"): the others are there for the diagrams' since views,
 * named as the real events they stand for.
 */
export function fixtureTimelineContent(): Content {
	const content = loadFixtureContent();
	return { ...content, events: content.events.filter((e) => e.id.startsWith('fixture-')) };
}
