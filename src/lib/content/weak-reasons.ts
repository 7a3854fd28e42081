// Why a report is weak, with the words a reader sees beside its source.
export const weakReasons = {
	'single-source': 'single source',
	mirror: 'read on a mirror',
	opinion: 'opinion',
	'reliability-unclear': "the outlet's reliability is unclear"
} as const;
export type WeakReason = keyof typeof weakReasons;
