// The four stages the map can show, in order: before the ceasefire (from the fact sheet)
// and the three lines of data/geo/lines.json.
import type { MapLine } from '$lib/content/types';

export type Stage = 'before' | 'yellow' | 'second' | 'buffer';
export const stageOrder: readonly Stage[] = ['before', 'yellow', 'second', 'buffer'];

/** What the map, its legend and its text say about a stage. */
export interface StageInfo extends Omit<MapLine, 'id' | 'depthKm'> {
	id: Stage;
	/** Short name on the map, e.g. "Yellow line". */
	name: string;
	/** Whether a line is drawn for this stage (before the ceasefire there was no agreed line). */
	hasLine: boolean;
	/** The legend's sentence, with `{share}` standing for the share. */
	sentence: string;
	/** What the stage is, where its label does not say it after a colon. */
	what?: string;
}

/** A stage with the depth profile its Israeli-held area is drawn from: the layout's input, at build time. */
export type StageGeometry = StageInfo & Pick<MapLine, 'depthKm'>;

/**
 * Before the ceasefire (early October 2025), FACTS.md 2c: "about 80%" / "more than 80%" of the Strip under Israeli
 * military control or evacuation orders. Not a mapped line: the depths only sketch an area of about that size that
 * leaves the coast of the central Strip and western Khan Younis (al-Mawasi) outside.
 */
export const beforeCeasefire: StageGeometry = {
	id: 'before',
	name: 'Before the ceasefire',
	label: 'Before the ceasefire (October 2025)',
	hasLine: false,
	what: 'Israeli military control or evacuation orders',
	sentence: 'Israeli control or evacuation orders covered {share} of the Strip',
	share: {
		value: 80,
		display: 'about 80%, as reported',
		approximate: true,
		source: 'L’Orient-Le Jour and an Al Jazeera explainer (“about 80%”, “more than 80%”)'
	},
	depthKm: [
		[31.6, 20],
		[31.47, 20],
		[31.45, 6],
		[31.42, 3.5],
		[31.35, 2.8],
		[31.31, 6],
		[31.3, 20],
		[31.2, 20]
	],
	note:
		'Early October 2025, before the ceasefire. ' +
		'Reported as an area, not a line: its extent here is a sketch of the reported share.'
};

const sentences: Record<MapLine['id'], string> = {
	yellow: 'Israeli forces hold {share} of the Strip',
	second: 'Israeli forces would hold {share} of the Strip',
	buffer: 'Israeli forces would keep {share} of the Strip'
};

/** The stages in order; a line missing from the data is left out. */
export function stagesFrom(lines: MapLine[]): StageGeometry[] {
	const byId = new Map(lines.map((l) => [l.id, l]));
	return stageOrder.flatMap((id): StageGeometry[] => {
		if (id === 'before') return [beforeCeasefire];
		const line = byId.get(id);
		if (!line) return [];
		return [{ ...line, id, name: line.label.split(':')[0].trim(), hasLine: true, sentence: sentences[id] }];
	});
}

/**
 * Splits a share's display text into the figure the sentence uses, the qualifiers that follow it and other
 * reported values: "53% (official); Al Jazeera measured 58%" → figure "53%", qualifiers ["official"],
 * others [{ value: 58, text: "Al Jazeera measured 58%" }].
 */
export function readShare(display: string) {
	const [first, ...rest] = display.split(/;\s*|,\s*/).map((s) => s.trim());
	const paren = first.match(/\(([^)]*)\)/);
	const figure = first.replace(/\s*\([^)]*\)/, '').trim();
	const qualifiers = [...(paren ? [paren[1]] : []), ...rest.filter((s) => !/\d/.test(s))];
	const others = rest
		.filter((s) => /\d/.test(s))
		.map((text) => ({ value: Number(text.match(/(\d+(?:\.\d+)?)/)![1]), text }));
	const inFigure = [...figure.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
	return { figure, qualifiers, others, range: [Math.min(...inFigure), Math.max(...inFigure)] as [number, number] };
}

/** The legend's sentence for a stage: "Israeli forces hold 53% of the Strip (official)". */
export function shareSentence(stage: StageInfo): string {
	const { figure, qualifiers } = readShare(stage.share.display);
	return stage.sentence.replace('{share}', figure) + (qualifiers.length ? ` (${qualifiers.join('; ')})` : '');
}
