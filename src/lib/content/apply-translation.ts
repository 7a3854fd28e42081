// An edition's data: the English files of data/ with the edition's translated fields put in their place
// (data/translations/<language>/). Ids, dates, numbers and links stay the English's; a quote keeps its English text
// and gains our translation beside it. Run on files the build has validated, English and translation alike; the
// result is validated again as English data is, so every view reads an edition through the same types.
import { isolateQuotations } from './isolate-quotations';
import type { Language } from './schema-translations';
import { translatableFiles } from './translatable';
import { isEntry, isVerbatim, table, type AnyFields, type AnyRule, type Entry } from './validate-translations';

/** The raw files of data/ as the edition reads them: each translatable file with its translation applied. */
export function translatedData(raw: Record<string, unknown>, language: Language): Record<string, unknown> {
	const files = { ...raw };
	for (const file of translatableFiles) {
		const translation = raw[`translations/${language}/${file}`];
		const { key, fields } = table[file];
		if (translation === undefined) continue;
		files[file] = key ? keyed(fields, key, raw[file], translation) : applied(fields, raw[file], translation);
	}
	return files;
}

/** Entries under their keys; an entry with nothing to translate has no translation and stays as it is. */
function keyed(fields: AnyFields, key: (entry: Entry) => string, english: unknown, translation: unknown): unknown {
	if (!Array.isArray(english) || !isEntry(translation)) return english;
	return english.map((entry) =>
		isEntry(entry) && key(entry) in translation ? applied(fields, entry, translation[key(entry)]) : entry
	);
}

function applied(fields: AnyFields, english: unknown, translation: unknown): unknown {
	if (!isEntry(english) || !isEntry(translation)) return english;
	const entry = { ...english };
	for (const [name, rule] of Object.entries(fields)) {
		if (!rule) continue;
		const target = isVerbatim(rule) ? rule.verbatim : name;
		if (target in translation) entry[target] = value(rule, english[name], translation[target]);
	}
	return entry;
}

function value(rule: AnyRule, english: unknown, translation: unknown): unknown {
	if (typeof rule === 'string' || isVerbatim(rule)) return words(translation);
	if ('group' in rule) return applied(rule.group, english, translation);
	const item = rule.list;
	if (typeof item === 'string') return Array.isArray(translation) ? translation.map(words) : translation;
	if (rule.key) return keyed(item, rule.key, english, translation);
	if (!Array.isArray(english) || !Array.isArray(translation)) return english;
	return english.map((e, i) => applied(item, e, translation[i]));
}

/** A translated text as the edition shows it: its English quotations isolated (isolate-quotations.ts). */
const words = (translation: unknown): unknown =>
	typeof translation === 'string' ? isolateQuotations(translation) : translation;
