// Each language's name in itself: a reader looks for their own language's name, not its name in another.
import type { Locale } from '$lib/paraglide/runtime';

export const languageNames: Record<Locale, string> = { en: 'English', ar: 'العربية', he: 'עברית' };
