// All five diagram components, imported up front: for the deck and the handout, which draw every kind, and the embeds,
// which are drawn at build time and run no Svelte in the browser.
import type { DiagramComponents } from './components';
import ExchangeDiagram from './exchange/ExchangeDiagram.svelte';
import FiguresDiagram from './figures/FiguresDiagram.svelte';
import GovernanceDiagram from './governance/GovernanceDiagram.svelte';
import MapDiagram from './map/MapDiagram.svelte';
import SequenceDiagram from './sequence/SequenceDiagram.svelte';

export const allDiagrams: Required<DiagramComponents> = {
	sequence: SequenceDiagram,
	exchange: ExchangeDiagram,
	map: MapDiagram,
	governance: GovernanceDiagram,
	figures: FiguresDiagram
};
