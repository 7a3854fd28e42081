// Why a report is weak: the closed set. The words a reader sees for each are messages (src/lib/since/weak-words.ts).
export const weakReasons = ['single-source', 'mirror', 'opinion', 'reliability-unclear'] as const;
export type WeakReason = (typeof weakReasons)[number];
