import { content } from '$lib/server/content';
import { embedView } from '$lib/server/embeds';
import { trackerPage } from '$lib/server/tracker-page';

export const load = () => ({ ...trackerPage(content), embed: embedView('tracker') });
