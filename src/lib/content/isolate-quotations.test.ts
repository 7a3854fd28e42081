import { describe, expect, it } from 'vitest';
import { isolateQuotations } from './isolate-quotations';

describe('isolateQuotations', () => {
	it('isolates an English quotation that starts with a digit, so it keeps its order in right-to-left text', () => {
		expect(isolateQuotations('نحو "25 percent" (25 في المئة) من القطاع')).toBe(
			'نحو \u2066"25 percent"\u2069 (25 في المئة) من القطاع'
		);
	});

	it('isolates each quotation in a sentence, and leaves the rest as written', () => {
		const text = 'עבור "yellow line" (הקו הצהוב) ו-"new border line" (קו גבול חדש).';
		expect(isolateQuotations(text)).toBe(
			'עבור \u2066"yellow line"\u2069 (הקו הצהוב) ו-\u2066"new border line"\u2069 (קו גבול חדש).'
		);
	});

	it('leaves quotation marks around Hebrew or Arabic words, and text without quotations, alone', () => {
		expect(isolateQuotations('בתוכנית "דיס ויק" של רשת')).toBe('בתוכנית "דיס ויק" של רשת');
		expect(isolateQuotations('وقف إطلاق النار في 10 أكتوبر 2025')).toBe('وقف إطلاق النار في 10 أكتوبر 2025');
	});
});
