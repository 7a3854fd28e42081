// A message split around one of its values, so that the page can wrap that value in markup (the notes window's slide
// number in bold) wherever the edition's words put it: "Slide 3 of 22" in English, "الشريحة 3 من 22" in Arabic.

/** A character no message contains: it marks where the value goes. */
const SLOT = '\u0000';

/** The text before and after the value, for a message given a value to place. */
export function messageAround(message: (value: string) => string): { before: string; after: string } {
	const [before, after = ''] = message(SLOT).split(SLOT);
	return { before, after };
}
