// The figures' since view in words: which figures it draws and as of when (made where it is drawn, so that pages do
// not carry it in their data; the table gives each value).
import type { SinceFigure } from './since';

/** Says what the since view shows, figure by figure, and as of when; the table gives each value. */
export function describeSince({ figures, asOf }: { figures: SinceFigure[]; asOf: string }): string {
	return (
		`${figures.length} figures reported after the talks, each source’s value on the figure’s own scale from zero: ` +
		`${figures.map((f) => f.label).join('; ')}. The table lists each value with whose figure it is and its sources. ` +
		`As of ${asOf}.`
	);
}
