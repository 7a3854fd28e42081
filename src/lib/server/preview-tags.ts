// The link-preview tags that are the same on every page of the site: the site's name, the card's size and the kind of
// Twitter card. They are added as each page is rendered (src/hooks.server.ts), beside the tags PageMeta writes, so
// that the pages that hydrate carry no code to write them again.
import { EXPLAINER_NAME } from '$lib/embed/catalogue';
import { cardSize } from '$lib/images/paths';

export const sameOnEveryPage: string = [
	`<meta property="og:site_name" content="${EXPLAINER_NAME.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`,
	`<meta property="og:image:width" content="${cardSize.width}">`,
	`<meta property="og:image:height" content="${cardSize.height}">`,
	'<meta name="twitter:card" content="summary_large_image">'
].join('');
