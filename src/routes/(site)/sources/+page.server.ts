import { quoteUses } from '$lib/content/usage';
import { content } from '$lib/server/content';

export const load = () => ({
	sources: content.sources,
	quotes: content.quotes,
	figures: content.figures,
	uses: quoteUses(content)
});
