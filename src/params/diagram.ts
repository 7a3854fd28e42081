// Matches the five diagram kinds in embed URLs (/embed/map/...); "stepper" has its own route.
import { isDiagramKind } from '$lib/embed/catalogue';
import type { DiagramKind } from '$lib/content/types';

export const match = (param: string): param is DiagramKind => isDiagramKind(param);
