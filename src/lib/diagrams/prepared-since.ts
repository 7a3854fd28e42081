// The since view a page's load made ready ahead (an embed's, which does not hydrate, so that the server draws it),
// handed to each diagram's frame.
import { getContext, setContext } from 'svelte';
import type { PreparedSince } from './since-parts';

const key = Symbol('prepared-since');

export const providePreparedSince = (prepared: () => PreparedSince | undefined) => setContext(key, prepared);

export const preparedSince = (): PreparedSince | null =>
	getContext<(() => PreparedSince | undefined) | undefined>(key)?.() ?? null;
