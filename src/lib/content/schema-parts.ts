// The small shapes every schema in data/ is built from: ids, text, dates, point numbers.
import { z } from 'zod';
import { isPartialDate } from './dates';

export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id such as "yellow-line"');
export const text = z.string().trim().min(1, 'a non-empty string');
/** Markdown source; rendered and sanitized at build time. */
export const markdown = text;
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
/** A real calendar day. */
export const day = z
	.string()
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v), 'a real date as YYYY-MM-DD');
/** A real calendar day, month or year: as precise as the reporting allows. */
export const partialDate = z
	.string()
	.refine(isPartialDate, 'a real date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY');
export const pointNumber = z.number().int().min(1).max(20);
