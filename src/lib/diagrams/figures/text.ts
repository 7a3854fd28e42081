// Text measured by estimate and wrapped into lines, and the width of a lettered mark: plain arithmetic, used by the layout and in the browser.

/** Text is wrapped by an estimate of its width: about 0.55 × the font size per character (0.6 when bold). */
export const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.6 : 0.55);

export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}


/** A lettered mark's width: its text in bold at 14 px, with room either side. */
export function pillWidth(text: string) {
	return textWidth(text, 14, true) + 14;
}
