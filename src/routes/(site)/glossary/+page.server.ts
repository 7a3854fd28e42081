import { edition } from '$lib/server/content';

export const load = () => ({ glossary: edition().content.glossary });
