// The radius of a town's dot on a page (times the pen in other formats): the layout keeps labels clear of it, the
// drawing draws it. Apart from the layout, which is worked out at build time and never sent to the browser.
export const DOT_R = 4;
