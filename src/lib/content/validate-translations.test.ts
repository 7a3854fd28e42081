// Tests that the editions' translations are validated against the English: each fault is put into the fixture's Arabic
// or Hebrew glossary (tests/fixtures/translations/) and must stop validation with the file, the path inside it and what
// was expected; the real data/ folder must pass, with both editions reported incomplete.
import { describe, expect, it } from 'vitest';
import { translatableFiles } from './translatable';
import { fixtureFolder, readDataFolder, translationFixtureFolder } from './test-content';
import { ContentError, validateContent } from './validate';
import { completeEditionsOf, validateTranslations } from './validate-translations';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The fixture content with the translation fixture laid over it (its glossary replaces the fixture's). */
function fixture(): Json {
	return structuredClone({ ...readDataFolder(fixtureFolder), ...readDataFolder(translationFixtureFolder) });
}

function spoiled(spoil: (data: Json) => void): Json {
	const data = fixture();
	spoil(data);
	return data;
}

function issuesOf(data: Json): string {
	try {
		validateTranslations(data, validateContent(data));
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).message;
	}
	throw new Error('validation passed but should have failed');
}

const ar = (d: Json) => d['translations/ar/glossary.json'];
const he = (d: Json) => d['translations/he/glossary.json'];
const AR = 'data/translations/ar/glossary.json';
const HE = 'data/translations/he/glossary.json';

describe('validateTranslations', () => {
	it('accepts the real data/ folder, and finds both editions complete', () => {
		const raw = readDataFolder();
		const status = validateTranslations(raw, validateContent(raw));
		expect(status.ar).toEqual({ complete: true, missing: [] });
		expect(status.he).toEqual({ complete: true, missing: [] });
		expect(completeEditionsOf(status)).toEqual(['ar', 'he']);
	});

	it('reports an edition that lacks a file incomplete, naming the file', () => {
		const raw = readDataFolder();
		delete raw['translations/he/phases.json'];
		const status = validateTranslations(raw, validateContent(raw));
		expect(status.he).toEqual({ complete: false, missing: ['phases.json'] });
		expect(completeEditionsOf(status)).toEqual(['ar']);
	});

	it('accepts the fixture, and counts an edition complete once it has every translatable file', () => {
		const data = fixture();
		expect(validateTranslations(data, validateContent(data)).ar.missing).toHaveLength(translatableFiles.length - 1);
		const withAll = { complete: true, missing: [] };
		expect(completeEditionsOf({ ar: withAll, he: { complete: false, missing: ['themes.json'] } })).toEqual(['ar']);
	});

	it('leaves the English validation as it was: the translations folder is not an English file', () => {
		expect(() => validateContent(fixture())).not.toThrow();
	});

	const cases: { name: string; spoil: (d: Json) => void; message: string }[] = [
		{
			name: 'a missing entry',
			spoil: (d) => delete ar(d)['fixture-held'],
			message: `${AR} at fixture-held: expected a translation of "fixture-held" of data/glossary.json`
		},
		{
			name: 'an added entry',
			spoil: (d) => (ar(d)['fixture-extra'] = { term: 'مصطلح' }),
			message: `${AR} at fixture-extra: expected only entries that data/glossary.json has (it has no "fixture-extra")`
		},
		{
			name: 'a missing field',
			spoil: (d) => delete ar(d)['fixture-line'].usage,
			message: `${AR} at fixture-line.usage: expected a translation of "usage" (the English has one)`
		},
		{
			name: 'a field that is never translated',
			spoil: (d) => (ar(d)['fixture-line'].id = 'خط'),
			message:
				`${AR} at fixture-line.id: expected no "id": it is not translated, it comes from the English ` +
				'(translated here: term, definition, usage)'
		},
		{
			name: 'a field the English entry lacks',
			spoil: (d) => (ar(d)['fixture-held'].usage = 'ملاحظة'),
			message: `${AR} at fixture-held.usage: expected no "usage": the English has none`
		},
		{
			name: 'a field that is not a string',
			spoil: (d) => (he(d)['fixture-held'].definition = 9),
			message: `${HE} at fixture-held.definition: expected a non-empty string (found number)`
		},
		{
			name: 'a changed number',
			spoil: (d) => (ar(d)['fixture-line'].definition = ar(d)['fixture-line'].definition.replace('53%', '35%')),
			message: `${AR} at fixture-line.definition: expected every number of the English (10, 2025, 3, 53); missing 53`
		},
		{
			name: 'an added number',
			spoil: (d) => (he(d)['fixture-acronym'].definition = 'הכוח לדוגמה של ארה"ב, 2 גדודים.'),
			message: `${HE} at fixture-acronym.definition: expected no number the English does not have (found 2)`
		},
		{
			name: 'digits other than the edition’s',
			spoil: (d) => (ar(d)['fixture-line'].definition = ar(d)['fixture-line'].definition.replace('53', '٥٣')),
			message:
				`${AR} at fixture-line.definition: expected Western digits (0–9), the Arabic edition's choice ` +
				'(data/translations/editions.json); found "٥٣"'
		},
		{
			name: 'a changed date',
			spoil: (d) => (ar(d)['fixture-line'].definition = ar(d)['fixture-line'].definition.replace('أكتوبر', 'نوفمبر')),
			message:
				`${AR} at fixture-line.definition: expected the date "10 October 2025" of the English, ` +
				'written "10 أكتوبر 2025"'
		},
		{
			name: 'a date in Hebrew without its month',
			spoil: (d) => (he(d)['fixture-line'].definition = he(d)['fixture-line'].definition.replace('באוקטובר', 'בחודש')),
			message:
				`${HE} at fixture-line.definition: expected the date "10 October 2025" of the English, ` +
				'written "10 באוקטובר 2025"'
		},
		{
			name: 'a point number that is no longer a point',
			spoil: (d) => (he(d)['fixture-held'].definition = 'חטופים לדוגמה שנמנים בסעיפים 9 ו-13, ועוד 16.'),
			message:
				`${HE} at fixture-held.definition: expected the point numbers of the English (9, 13, 16) after "סעיפים" or ` +
				'"סעיף" (found 9, 13)'
		},
		{
			name: 'point numbers without the edition’s word for a point',
			spoil: (d) => (ar(d)['fixture-held'].definition = 'رهائن تجريبيون يُعدّون في النقاط 9 و13–16.'),
			message:
				`${AR} at fixture-held.definition: expected the point numbers of the English (9, 13, 16) after "البنود" or ` +
				'"البندين" or "البندان" or "البند" or "بنود" or "بندين" or "بند" (found none)'
		},
		{
			name: 'a changed link target',
			spoil: (d) => (he(d)['fixture-line'].definition = he(d)['fixture-line'].definition.replace('/map', '/other-map')),
			message:
				`${HE} at fixture-line.definition: expected the link targets of the English, in its order ` +
				'(https://example.org/map); found https://example.org/other-map'
		},
		{
			name: 'a field left in English',
			spoil: (d) => (ar(d)['fixture-held'].term = 'Fixture hostages'),
			message: `${AR} at fixture-held.term: expected a translation into Arabic (found the English unchanged)`
		},
		{
			name: 'a field with no letter of the edition’s script',
			spoil: (d) => (he(d)['fixture-held'].term = 'Hostages for the fixture'),
			message:
				`${HE} at fixture-held.term: expected text in Hebrew script (found none: only ISF, NCAG, ynet may stay in ` +
				'Latin letters)'
		},
		{
			name: 'a sentence left in English inside a translation',
			spoil: (d) => (ar(d)['fixture-acronym'].definition = 'القوة التجريبية of the United States.'),
			message:
				`${AR} at fixture-acronym.definition: expected no English left outside quotation marks (found "of", "the", ` +
				'"United", "States"; only ISF, NCAG may stay in Latin letters)'
		},
		{
			name: 'a quotation translated inside quotation marks, as if the speaker had said it',
			spoil: (d) => (ar(d)['fixture-line'].usage = 'يقول المقال ج "الخط الأصفر".'),
			message:
				`${AR} at fixture-line.usage: expected the English quotation "yellow line" kept word for word, ` +
				'in quotation marks'
		},
		{
			name: 'a quotation kept without our translation after it',
			spoil: (d) => (he(d)['fixture-line'].usage = 'כתבה ג׳ אומרת "yellow line", כלומר הקו הצהוב.'),
			message:
				`${HE} at fixture-line.usage: expected our translation of "yellow line" in parentheses right after it, ` +
				'not in quotation marks'
		},
		{
			name: 'a fixed term in another word',
			spoil: (d) => (ar(d)['fixture-held'].term = 'المحتجزون التجريبيون'),
			message:
				`${AR} at fixture-held.term: expected "hostages" in the fixed term's form, "رهائن" or "رهينة" ` +
				'(data/translations/terms.json, "hostages")'
		},
		{
			name: 'markdown with a script in it',
			spoil: (d) => (he(d)['fixture-acronym'].definition += '<script>alert(1)</script>'),
			message:
				`${HE} at fixture-acronym.definition: expected markdown without script, event handlers or ` +
				'javascript: links'
		},
		{
			name: 'markdown of other blocks than the English',
			spoil: (d) => (he(d)['fixture-acronym'].definition = '### כוח\n\nהכוח לדוגמה של ארה"ב.'),
			message: `${HE} at fixture-acronym.definition: expected markdown of the English's blocks (p); found h3 p`
		},
		{
			name: 'a file of no translatable file',
			spoil: (d) => (d['translations/he/glosary.json'] = {}),
			message:
				'data/translations/he/glosary.json at (root): expected a file named after a translatable file of data/ ' +
				'(sources.json, quotes.json,'
		},
		{
			name: 'a file of no edition',
			spoil: (d) => (d['translations/fr/glossary.json'] = {}),
			message:
				'data/translations/fr/glossary.json at (root): expected a file in the folder of an edition ' +
				'(translations/ar/, translations/he/)'
		},
		{
			name: 'an edition’s conventions missing',
			spoil: (d) => delete d['translations/editions.json'],
			message: 'data/translations/editions.json at (root): expected the file to exist'
		},
		{
			name: 'a fixed term without its Hebrew',
			spoil: (d) => delete d['translations/terms.json'][0].he,
			message: 'data/translations/terms.json at [0].he: expected object, got undefined'
		},
		{
			name: 'a fixed term’s form in the wrong script',
			spoil: (d) => (d['translations/terms.json'][1].ar.forms = ['hostages']),
			message: 'data/translations/terms.json at [1].ar.forms[0]: expected a form in Arabic script (found "hostages")'
		}
	];

	it.each(cases)('stops on $name, naming the file, the path and what was expected', ({ spoil, message }) => {
		expect(issuesOf(spoiled(spoil))).toContain(message);
	});

	it('reads a straight quote between Hebrew letters as a gershayim, not as a quotation mark', () => {
		const data = spoiled((d) => (he(d)['fixture-line'].usage = 'כתבה ג׳ של ארה"ב אומרת "yellow line" (הקו הצהוב).'));
		expect(() => validateTranslations(data, validateContent(data))).not.toThrow();
	});

	it('accepts an acronym on the edition’s list of words kept in Latin letters', () => {
		const data = fixture();
		expect(ar(data)['fixture-acronym'].term).toBe('ISF');
		expect(() => validateTranslations(data, validateContent(data))).not.toThrow();
	});
});
