// Which way each edition's text runs. Arabic and Hebrew read right to left: the page says so on <html dir>, and the
// controls that move forward (the arrow keys, swipes, the previous and next buttons) follow it.
import type { Locale } from '$lib/paraglide/runtime';

export type Direction = 'ltr' | 'rtl';

const rightToLeft: ReadonlySet<Locale> = new Set<Locale>(['ar', 'he']);

export const directionOf = (locale: Locale): Direction => (rightToLeft.has(locale) ? 'rtl' : 'ltr');
