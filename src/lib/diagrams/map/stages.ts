// The four stages the map can show, in order: before the ceasefire (from the fact sheet)
// and the three lines of data/geo/lines.json, in the edition's words.
import type { MapLine } from '$lib/content/types';
import { isolateQuotations } from '$lib/content/isolate-quotations';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { punctuation } from '$lib/editions/punctuation';

export type Stage = 'before' | 'yellow' | 'second' | 'buffer';
export const stageOrder: readonly Stage[] = ['before', 'yellow', 'second', 'buffer'];

/** What the map, its legend and its text say about a stage. */
export interface StageInfo extends Omit<MapLine, 'id' | 'depthKm'> {
	id: Stage;
	/** Short name on the map, e.g. "Yellow line". */
	name: string;
	/** Whether a line is drawn for this stage (before the ceasefire there was no agreed line). */
	hasLine: boolean;
	/** The legend's sentence: "Israeli forces hold 53% of the Strip (official)". */
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
export function beforeCeasefire(locale: Locale = 'en'): StageGeometry {
	const display = m.map_before_share({}, { locale });
	return {
		id: 'before',
		name: m.map_before_name({}, { locale }),
		label: m.map_before_label({}, { locale }),
		hasLine: false,
		what: m.map_before_what({}, { locale }),
		sentence: shareSentence('before', display, locale),
		share: {
			value: 80,
			display,
			approximate: true,
			// The articles' English words stay quoted in English, isolated so that they read left to right.
			source: isolateQuotations(m.map_before_source({}, { locale }))
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
		note: m.map_before_note({}, { locale })
	};
}

/** Each stage's legend sentence around its share. */
const sentences: Record<Stage, typeof m.map_sentence_yellow> = {
	before: m.map_sentence_before,
	yellow: m.map_sentence_yellow,
	second: m.map_sentence_second,
	buffer: m.map_sentence_buffer
};

/** The stages in order; a line missing from the data is left out. */
export function stagesFrom(lines: MapLine[], locale: Locale = 'en'): StageGeometry[] {
	const byId = new Map(lines.map((l) => [l.id, l]));
	return stageOrder.flatMap((id): StageGeometry[] => {
		if (id === 'before') return [beforeCeasefire(locale)];
		const line = byId.get(id);
		if (!line) return [];
		const sentence = shareSentence(id, line.share.display, locale);
		return [{ ...line, id, name: line.label.split(':')[0].trim(), hasLine: true, sentence }];
	});
}

/**
 * Splits a share's display text into the figure the sentence uses, the qualifiers that follow it and other
 * reported values: "53% (official); Al Jazeera measured 58%" → figure "53%", qualifiers ["official"],
 * others [{ value: 58, text: "Al Jazeera measured 58%" }].
 */
export function readShare(display: string) {
	// The Arabic edition writes its own comma and semicolon (، ؛).
	const [first, ...rest] = display.split(/[;,،؛]\s*/).map((s) => s.trim());
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
function shareSentence(stage: Stage, display: string, locale: Locale): string {
	const { figure, qualifiers } = readShare(display);
	const sentence = sentences[stage]({ share: figure }, { locale });
	return sentence + (qualifiers.length ? ` (${qualifiers.join(punctuation(locale).semicolon)})` : '');
}
