import { content } from '$lib/server/content';

export const load = () => ({ content });
