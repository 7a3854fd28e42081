// Matches every kind of embed in oEmbed addresses (/oembed/stepper.json, /oembed/map/...): the stepper, the diagrams,
// the timeline and the views of the whole plan.
import { isEmbedViewKind, type EmbedViewKind } from '$lib/embed/catalogue';

export const match = (param: string): param is EmbedViewKind => isEmbedViewKind(param);
