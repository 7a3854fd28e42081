// Where a drawing is shown, which decides its layout: on a page, or alone on a slide in front of a classroom.

/**
 * - `page`: a 400-unit-wide drawing, scaled to the column of a page, an embed, a phase slide or the handout.
 * - `stage`: a drawing laid out for a 16:9 projector, drawn at one unit to one pixel of the 1920×1080 slide, within
 *   `STAGE`, so that every label reads from the back of a room.
 */
export type DiagramFormat = 'page' | 'stage';

/** The room a stage drawing has on its slide, in the slide's pixels, and the least size of any text in it. */
export const STAGE = {
	width: 1100,
	height: 730,
	/** Every label, tag and marker number: measured at 1920×1080 by tests/e2e/stage-slides.e2e.ts. */
	minText: 24
} as const;
