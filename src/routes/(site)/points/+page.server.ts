import { edition } from '$lib/server/content';
import { pointsPage } from '$lib/server/points-page';

export const load = () => pointsPage(edition().content);
