// Every still image the build draws (scripts/images/) in the edition of the page being made: each diagram in each
// phase it appears in, in both views and both themes, and the link-preview cards, each with the edition's embed page
// it is drawn from, the files it is written to and the edition's words the drawing does not carry.
import { embedCatalogue, embedPath, explainerName, isDiagramKind, type EmbedView } from '$lib/embed/catalogue';
import { m } from '$lib/paraglide/messages';
import { embedQuery } from '$lib/embed/options';
import type { DiagramKind } from '$lib/content/diagram-kinds';
import { diagramViews, type DiagramView } from '$lib/diagrams/view';
import { directionOf, type Direction } from '$lib/editions/direction';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { editionHref } from '$lib/site/edition-href';
import { phaseHref } from '$lib/stepper/phase-order';
import type { PhaseInOrder } from '$lib/stepper/stepper-page';
import { cardPath, cardSize, diagramImagePath, imageThemes, type ImageFormat, type ImageTheme } from './paths';

export interface DiagramStill {
	kind: DiagramKind;
	phaseId: string;
	view: DiagramView;
	theme: ImageTheme;
	/** The edition's embed page it is drawn from, with the view and theme in its URL options. */
	page: string;
	/** The edition's page of the phase, which the credit line gives as its address. */
	credit: string;
	/** What the view shows, for the file's own title: "The plan". */
	shows: string;
	files: Record<ImageFormat, string>;
}

export interface CardStill {
	file: string;
	/** The phase it announces; none for the explainer's own card. */
	phase?: { id: string; n: number; count: number; title: string; kicker: string };
	/** The diagram drawn beside the words: the phase's main diagram (its first kind), plan view, light theme. */
	diagram?: { kind: DiagramKind; phaseId: string };
}

export interface StillImages {
	/** The edition the images are drawn in, and which way its text runs. */
	edition: { locale: Locale; direction: Direction };
	/** The explainer's name, its one line and its home page, for the credit line and the explainer's card. */
	explainer: { name: string; description: string; home: string };
	diagrams: DiagramStill[];
	cards: CardStill[];
	cardSize: typeof cardSize;
}

const diagramStills = (view: EmbedView & { kind: DiagramKind }): DiagramStill[] =>
	view.phases.flatMap((phase) =>
		diagramViews.flatMap((shows) =>
			imageThemes.map((theme) => ({
				kind: view.kind,
				phaseId: phase.id,
				view: shows,
				theme,
				page: editionHref(embedPath(view.kind, phase.id)) + embedQuery({ view: shows, theme }),
				credit: phaseHref(phase.id),
				shows: shows === 'since' ? m.embed_view_since() : m.embed_view_plan(),
				files: {
					svg: diagramImagePath(view.kind, phase.id, shows, theme, 'svg'),
					png: diagramImagePath(view.kind, phase.id, shows, theme, 'png'),
					'png@2x': diagramImagePath(view.kind, phase.id, shows, theme, 'png@2x')
				}
			}))
		)
	);

export function stillImages(phases: readonly PhaseInOrder[]): StillImages {
	const views = embedCatalogue(phases).filter((v): v is EmbedView & { kind: DiagramKind } => isDiagramKind(v.kind));
	const phaseCards: CardStill[] = phases.map((p, i) => ({
		file: cardPath(p.id),
		phase: {
			id: p.id,
			n: i + 1,
			count: phases.length,
			title: p.title,
			kicker: m.embed_phase_of({ n: i + 1, count: phases.length })
		},
		diagram: p.kinds[0] ? { kind: p.kinds[0], phaseId: p.id } : undefined
	}));
	// The explainer's own card shows the sequence of the phases, where a phase draws it.
	const sequence = phases.find((p) => p.kinds.includes('sequence'));
	const explainerCard: CardStill = {
		file: cardPath(),
		diagram: sequence ? { kind: 'sequence', phaseId: sequence.id } : undefined
	};
	const description = m.embed_images_description({ count: phases.length });
	const locale = getLocale();
	return {
		edition: { locale, direction: directionOf(locale) },
		explainer: { name: explainerName(), description, home: editionHref('/') },
		diagrams: views.flatMap(diagramStills),
		cards: [...phaseCards, explainerCard],
		cardSize
	};
}
