// An English quotation in an Arabic or Hebrew reason is isolated (⁦"…"⁩, src/lib/content/isolate-quotations.ts) so
// that it reads left to right; wrapped over several lines, each line is a text of its own in the drawing, so each part
// of the quotation is isolated on its line.
const OPEN = '\u2066';
const CLOSE = '\u2069';

/** The lines of a wrapped text, each part of an isolate that runs over a line's end closed there and opened again. */
export function isolatedLines(lines: string[]): string[] {
	let open = false;
	return lines.map((line) => {
		const text = (open ? OPEN : '') + line;
		open = text.lastIndexOf(OPEN) > text.lastIndexOf(CLOSE);
		return open ? text + CLOSE : text;
	});
}
