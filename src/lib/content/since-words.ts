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
 * Where a point or a phase stands as of the gathered-up-to date: one closed set, each with the words a reader sees,
 * what it means, and whether it must rest on events ("required"), may ("optional") or cannot ("none").
 */
export const implementationStatuses = {
	done: { label: 'Carried out', means: 'What it sets out has happened.', events: 'required' },
	'done-late': {
		label: 'Carried out, late',
		means: 'What it sets out has happened, but after its own deadline.',
		events: 'required'
	},
	'in-force-violated': {
		label: 'In force, breaches reported',
		means: 'It is in force, and deadly breaches of it are reported.',
		events: 'required'
	},
	partly: {
		label: 'Partly carried out',
		means: 'Some of what it sets out has happened and some has not.',
		events: 'required'
	},
	'some-steps': {
		label: 'Some steps reported',
		means: 'Steps towards it are reported, by few sources.',
		events: 'required'
	},
	'formed-not-operating': {
		label: 'Set up, not at work in Gaza',
		means: 'The bodies it calls for exist, but are not reported at work inside Gaza.',
		events: 'required'
	},
	'authorised-not-deployed': {
		label: 'Authorised, not deployed',
		means: 'It is authorised and being prepared, but not reported on the ground in Gaza.',
		events: 'required'
	},
	'pledged-only': {
		label: 'Pledged, nothing paid out reported',
		means: 'Plans and pledges are announced; no payment or delivery is reported.',
		events: 'required'
	},
	'statements-only': {
		label: 'Statements only',
		means: 'Officials have spoken of it; no action is reported.',
		events: 'required'
	},
	'not-implemented': {
		label: 'Not carried out',
		means: 'No step towards it is reported, or the steps reported failed.',
		events: 'required'
	},
	reversed: {
		label: 'Going the other way',
		means: 'The reporting shows movement away from what it sets out.',
		events: 'required'
	},
	contested: {
		label: 'Contested',
		means: 'The parties or the sources disagree on whether it is being kept.',
		events: 'required'
	},
	'nothing-to-track': {
		label: 'Nothing to measure',
		means: 'It states an aim, or was met by a signature, and sets nothing further to measure.',
		events: 'optional'
	},
	'no-reporting-found': {
		label: 'No reporting found',
		means: 'No reporting on it was found.',
		events: 'none'
	}
} as const satisfies Record<string, { label: string; means: string; events: 'required' | 'optional' | 'none' }>;
export type ImplementationStatus = keyof typeof implementationStatuses;
