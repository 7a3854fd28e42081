// What the cross-engine scenarios ask of a browser, so they are written once and run in Firefox and in WebKit.

/** The keys the scenarios press: the stepper's and the deck's. */
export type Key = 'ArrowRight' | 'ArrowLeft' | 'PageDown';

/** One browser window, driven the way a reader uses it: URLs, keys, clicks on links named by their text. */
export interface Engine {
	readonly name: string;
	/**
	 * The origin this engine loads a server's pages from. Usually the server's own; WebKit's goes through a proxy that
	 * watches for page errors, since classic WebDriver has no event for them.
	 */
	reach(origin: string): Promise<string>;
	/** Loads a URL and returns once the page has loaded. */
	goto(url: string): Promise<void>;
	url(): Promise<string>;
	/** Runs a function in the page (it is sent as source: it must not close over anything). */
	evaluate<R, A extends unknown[]>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
	/** Runs a function in the document of the iframe whose src starts with `srcPrefix`. */
	evaluateInFrame<R, A extends unknown[]>(srcPrefix: string, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
	press(key: Key): Promise<void>;
	/** Clicks, as a user does, the first link whose visible text matches `name`. */
	clickLink(name: RegExp): Promise<void>;
	/** The uncaught exceptions and unhandled rejections of every page and frame since the last call. */
	takePageErrors(): Promise<string[]>;
	close(): Promise<void>;
}
