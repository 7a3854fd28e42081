import { content } from '$lib/server/content';
import type { EntryGenerator } from './$types';

/** Every phase's page is prerendered; the stepper's layout loads its data. */
export const entries: EntryGenerator = () => content.phases.map((p) => ({ id: p.id }));
