// The words a reader sees for what happened since the talks: why a report is weak (./weak-reasons, apart so that a
// page that cites sources does not carry the rest), the timeline's tracks and the closed set of statuses now. Plain
// data, apart from the schema, so that pages can use them without the validator.

export { weakReasons, type WeakReason } from './weak-reasons';

/** The timeline's lanes, in their order; their words are messages (src/lib/timeline/track-words.ts). */
export const tracks = [
	'diplomacy-governance',
	'hostages-prisoners',
	'aid-crossings',
	'lines-security',
	'casualties-violations'
] as const;
export type Track = (typeof tracks)[number];

/**
 * Where a point or a phase stands as of the gathered-up-to date: one closed set, each with whether it must rest on
 * events ("required"), may ("optional") or cannot ("none"). Its words are apart (./status-now-words), so that code
 * that needs only the set carries none of them.
 */
export const implementationStatuses = {
	done: { events: 'required' },
	'done-late': { events: 'required' },
	'in-force-violated': { events: 'required' },
	partly: { events: 'required' },
	'some-steps': { events: 'required' },
	'formed-not-operating': { events: 'required' },
	'authorised-not-deployed': { events: 'required' },
	'pledged-only': { events: 'required' },
	'statements-only': { events: 'required' },
	'not-implemented': { events: 'required' },
	reversed: { events: 'required' },
	contested: { events: 'required' },
	'nothing-to-track': { events: 'optional' },
	'no-reporting-found': { events: 'none' }
} as const satisfies Record<string, { events: 'required' | 'optional' | 'none' }>;
export type ImplementationStatus = keyof typeof implementationStatuses;
