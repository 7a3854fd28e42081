// Why a report is weak, in each edition's words.
import { describe, expect, it } from 'vitest';
import { weakNote, weakReasonText } from './weak-words';

describe('weak reasons in words', () => {
	it('says each reason in the edition asked for', () => {
		expect(weakReasonText('single-source', 'en')).toBe('single source');
		expect(weakReasonText('single-source', 'ar')).toBe('مصدر واحد');
		expect(weakReasonText('mirror', 'he')).toBe('נקרא באתר מראה');
	});

	it('writes a note after a weak source, and nothing after a sound one', () => {
		expect(weakNote(['single-source', 'opinion'], 'en')).toBe(' (⚠ single source; opinion)');
		expect(weakNote([], 'ar')).toBe('');
	});
});
