import { content } from '$lib/server/content';

export const load = () => ({
	points: content.points,
	themes: content.themes,
	phases: content.phases.map(({ id, title }) => ({ id, title }))
});
