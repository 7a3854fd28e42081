// Runs in the page: the link a reader would pick by its visible text, found the same way in every engine.

/** The first link (an <a> with an href) whose visible text, spaces collapsed, matches the pattern; null if none. */
export function findLink(source: string, flags: string): HTMLAnchorElement | null {
	const pattern = new RegExp(source, flags);
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')];
	return links.find((a) => pattern.test(a.innerText.replace(/\s+/g, ' ').trim())) ?? null;
}
