import { embedViews } from '$lib/server/embeds';

export const load = () => ({ views: embedViews() });
