// Matches the editions besides the English in the addresses of data a page fetches (/since/ar/map.json): the pages
// themselves carry their edition in front (/ar/phase/exchange, src/hooks.ts).
import { locales, type Locale } from '$lib/paraglide/runtime';

export const match = (param: string): param is Exclude<Locale, 'en'> =>
	param !== 'en' && locales.some((l) => l === param);
