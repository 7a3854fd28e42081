// The attributes of words that stay in English in every edition (a quote, as the articles printed it): on an Arabic or
// Hebrew page they say they are English and read left to right, so their words, numbers and quotation marks keep
// their order beside the edition's text. The English edition needs neither and gets neither.
import { getLocale } from '$lib/paraglide/runtime';

export const englishText = (): { lang?: 'en'; dir?: 'ltr' } => (getLocale() === 'en' ? {} : { lang: 'en', dir: 'ltr' });
