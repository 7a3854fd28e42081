// Who gives a figure's value: an article, or the plan's own text.
import type { Figure, Source } from './types';

export type FigureValue = Figure['values'][number];

export function valueSourceLabel(value: FigureValue, sourceById: Record<string, Source>): string {
	return value.source ? (sourceById[value.source]?.label ?? value.source) : `The plan, point ${value.planPoint}`;
}
