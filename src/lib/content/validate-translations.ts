// Validates the editions' translations in data/translations/ against the English, once per build, where data/ is
// validated: each edition's conventions and the fixed terms, then every file an edition has, entry by entry and field
// by field (translation-rules.ts). A missing file leaves an edition incomplete, which is no error: translation lands
// file by file, and the routes ask which editions are complete.
import { z } from 'zod';
import type { RawContent } from './schema';
import { languages, translationFiles, type Edition, type Language, type Term } from './schema-translations';
import { translatable, translatableFiles, type TranslatableFile, type Verbatim, type Words } from './translatable';
import { checkTranslatedText, type Context } from './translation-rules';
import { ContentError, describeIssue, formatPath, type ContentIssue } from './validate';

/** One entry, or an object inside one, as read from JSON. */
export type Entry = Record<string, unknown>;

/** Any file's rule in the table, seen without its file's types: the walk below reads every file the same way. */
export interface AnyList {
	list: Words | AnyFields;
	key?(item: Entry): string;
}
export type AnyRule = Words | Verbatim | AnyList | { group: AnyFields };
export type AnyFields = { [field: string]: AnyRule | undefined };
interface AnyFileRule {
	key?(entry: Entry): string;
	fields: AnyFields;
}
export const table: Record<TranslatableFile, AnyFileRule> = translatable;

export interface EditionStatus {
	/** Every translatable file of data/ has its translation. */
	complete: boolean;
	/** The translatable files of data/ the edition has no translation of yet. */
	missing: TranslatableFile[];
}
export type EditionsStatus = Record<Language, EditionStatus>;

/** The editions that have every translatable file of data/. */
export function completeEditionsOf(status: EditionsStatus): Language[] {
	return languages.filter((language) => status[language].complete);
}

export const isEntry = (value: unknown): value is Entry =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
export const isVerbatim = (rule: AnyRule): rule is Verbatim => typeof rule === 'object' && 'verbatim' in rule;

/** Whether the English carries anything this rule translates: an entry without any has no translation. */
function hasText(rule: AnyRule, value: unknown): boolean {
	if (typeof rule === 'string' || isVerbatim(rule)) return typeof value === 'string' && value.trim() !== '';
	if ('group' in rule) return hasFields(rule.group, value);
	const item = rule.list;
	return Array.isArray(value) && value.some((v) => (typeof item === 'string' ? hasText(item, v) : hasFields(item, v)));
}
function hasFields(fields: AnyFields, value: unknown): boolean {
	return isEntry(value) && Object.entries(fields).some(([name, rule]) => rule && hasText(rule, value[name]));
}

/** "yellow-line.definition", or ["trump chairs board-of-peace"].label where a key is not a plain id. */
function keyPath(path: string, key: string): string {
	if (!/^[\w-]+$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
	return path ? `${path}.${key}` : key;
}

export function validateTranslations(raw: Record<string, unknown>, english: RawContent): EditionsStatus {
	const issues: ContentIssue[] = [];
	const at = (file: string, path: string, expected: string) => issues.push({ file, path, expected });

	/** One of the editions' own files, parsed with its schema; undefined (and reported) when it is missing or wrong. */
	function read<T>(file: keyof typeof translationFiles, schema: z.ZodType<T>): T | undefined {
		if (raw[file] === undefined) {
			at(file, '', 'the file to exist');
			return undefined;
		}
		const result = schema.safeParse(raw[file]);
		if (!result.success)
			for (const issue of result.error.issues) at(file, formatPath(issue.path), describeIssue(issue));
		return result.data;
	}
	const editions = read('translations/editions.json', translationFiles['translations/editions.json']);
	const terms = read('translations/terms.json', translationFiles['translations/terms.json']);
	if (!editions || !terms) throw new ContentError(issues);
	checkTerms(terms, editions, at);
	// Our translations of the articles' words belong to an edition, never to the English files.
	english['quotes.json'].forEach((q, i) => {
		if (q.translation !== undefined)
			at('quotes.json', `[${i}].translation`, 'no translation: it goes in translations/');
	});
	english['sources.json'].forEach((s, i) => {
		if (s.headlineTranslation !== undefined)
			at('sources.json', `[${i}].headlineTranslation`, 'no translation: it goes in translations/');
	});

	for (const file of Object.keys(raw).filter((f) => f.startsWith('translations/') && !(f in translationFiles))) {
		const [, language, name] = file.match(/^translations\/([^/]+)\/(.+)$/) ?? [];
		if (!languages.some((l) => l === language))
			at(file, '', `a file in the folder of an edition (${languages.map((l) => `translations/${l}/`).join(', ')})`);
		else if (!translatableFiles.some((f) => f === name))
			at(file, '', `a file named after a translatable file of data/ (${translatableFiles.join(', ')})`);
	}

	const status = Object.fromEntries(
		languages.map((language) => {
			const context: Context = { language, edition: editions[language], terms };
			const missing = translatableFiles.filter((file) => raw[`translations/${language}/${file}`] === undefined);
			for (const file of translatableFiles.filter((f) => !missing.includes(f)))
				checkFile(file, english[file], raw[`translations/${language}/${file}`], context, (path, expected) =>
					at(`translations/${language}/${file}`, path, expected)
				);
			return [language, { complete: missing.length === 0, missing }];
		})
	) as EditionsStatus; // Object.fromEntries types its keys as string; they are the languages, one each.
	if (issues.length) throw new ContentError(issues);
	return status;
}

/** Each term once, written in each edition's script (or in letters it keeps Latin). */
function checkTerms(terms: Term[], editions: Record<Language, Edition>, at: (f: string, p: string, e: string) => void) {
	const seen = new Set<string>();
	terms.forEach((term, i) => {
		if (seen.has(term.id)) at('translations/terms.json', `[${i}].id`, `a unique id ("${term.id}" is used twice)`);
		seen.add(term.id);
		for (const language of languages) {
			const script = new RegExp(`\\p{Script=${editions[language].script}}`, 'u');
			(term[language].forms ?? [term[language].term]).forEach((form, j) => {
				if (!script.test(form) && !editions[language].latin.includes(form))
					at(
						'translations/terms.json',
						`[${i}].${language}.${term[language].forms ? `forms[${j}]` : 'term'}`,
						`a form in ${editions[language].name} script (found "${form}")`
					);
			});
		}
	});
}

type At = (path: string, expected: string) => void;

function checkFile(file: TranslatableFile, english: unknown, translation: unknown, context: Context, at: At) {
	const rule = table[file];
	if (rule.key === undefined) {
		checkFields(rule.fields, english, translation, '', context, at);
		return;
	}
	checkKeyed(rule.fields, rule.key, english, translation, '', `data/${file}`, context, at);
}

/** Entries under their keys: every English entry with something to translate, and no other. */
function checkKeyed(
	fields: AnyFields | Words,
	key: (item: Entry) => string,
	english: unknown,
	translation: unknown,
	path: string,
	where: string,
	context: Context,
	at: At
) {
	if (!isEntry(translation)) {
		at(path, `an object of entries under their keys, as ${where} names them`);
		return;
	}
	const entries = new Map<string, unknown>(Array.isArray(english) ? english.map((e) => [key(e), e]) : []);
	const wanted = (e: unknown) => (typeof fields === 'string' ? hasText(fields, e) : hasFields(fields, e));
	for (const [name, entry] of entries)
		if (wanted(entry) && !(name in translation)) at(keyPath(path, name), `a translation of "${name}" of ${where}`);
	for (const [name, value] of Object.entries(translation)) {
		if (!entries.has(name)) at(keyPath(path, name), `only entries that ${where} has (it has no "${name}")`);
		else if (!wanted(entries.get(name))) at(keyPath(path, name), `no "${name}": it has nothing to translate`);
		else if (typeof fields === 'string')
			checkWords(fields, String(entries.get(name)), value, keyPath(path, name), context, at);
		else checkFields(fields, entries.get(name), value, keyPath(path, name), context, at);
	}
}

function checkFields(
	fields: AnyFields,
	english: unknown,
	translation: unknown,
	path: string,
	context: Context,
	at: At
) {
	if (!isEntry(translation) || !isEntry(english)) {
		at(path, 'an object of translated fields');
		return;
	}
	const expected = new Map<string, [string, AnyRule]>();
	for (const [name, rule] of Object.entries(fields))
		if (rule && hasText(rule, english[name])) expected.set(isVerbatim(rule) ? rule.verbatim : name, [name, rule]);
	const translated = Object.keys(fields).filter((f) => fields[f] && hasText(fields[f], english[f]));
	for (const name of Object.keys(translation).filter((n) => !expected.has(n))) {
		const rule = fields[name];
		const here = path ? `${path}.${name}` : name;
		if (rule && isVerbatim(rule))
			at(
				here,
				`no "${name}": the English text stays as it is, word for word; our translation goes in "${rule.verbatim}"`
			);
		else if (rule) at(here, `no "${name}": the English has none`);
		else
			at(
				here,
				`no "${name}": it is not translated, it comes from the English ` +
					`(translated here: ${translated.join(', ') || 'nothing'})`
			);
	}
	for (const [name, [englishName, rule]] of expected) {
		const here = path ? `${path}.${name}` : name;
		if (!(name in translation)) at(here, `a translation of "${englishName}" (the English has one)`);
		else checkValue(rule, english[englishName], translation[name], here, context, at);
	}
}

function checkValue(rule: AnyRule, english: unknown, translation: unknown, path: string, context: Context, at: At) {
	if (typeof rule === 'string') return checkWords(rule, String(english), translation, path, context, at);
	if (isVerbatim(rule)) return checkWords('verbatim', String(english), translation, path, context, at);
	if ('group' in rule) return checkFields(rule.group, english, translation, path, context, at);
	const items = Array.isArray(english) ? english : [];
	if (rule.key) return checkKeyed(rule.list, rule.key, items, translation, path, 'the English', context, at);
	if (!Array.isArray(translation) || translation.length !== items.length) {
		at(path, `a list of ${items.length}, item by item as in the English (found ${describe(translation)})`);
		return;
	}
	const item = rule.list;
	items.forEach((e, i) => {
		if (typeof item === 'string') checkWords(item, String(e), translation[i], `${path}[${i}]`, context, at);
		else checkFields(item, e, translation[i], `${path}[${i}]`, context, at);
	});
}

function describe(value: unknown): string {
	return Array.isArray(value) ? `a list of ${value.length}` : typeof value;
}

function checkWords(
	carried: Words | 'verbatim',
	english: string,
	translation: unknown,
	path: string,
	context: Context,
	at: At
) {
	if (typeof translation !== 'string' || translation.trim() === '') {
		at(path, `a non-empty string (found ${describe(translation)})`);
		return;
	}
	for (const problem of checkTranslatedText(english, translation, carried, context)) at(path, problem);
}
