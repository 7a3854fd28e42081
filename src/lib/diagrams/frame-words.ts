// The words a diagram's frame shows around its drawing, made with its layout at build time in the edition's language:
// the title, the caveat under the drawing and the drawing's own SVG title. The page's code then carries no messages
// for them, in any edition.
export interface FrameWords {
	title: string;
	caveat: string;
	svgTitle: string;
}
