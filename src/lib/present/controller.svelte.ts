// The deck's place, shared by the slides window and the notes window: which slide, whether the screen is blanked,
// kept in the URL (?slide=N) and in step with the other window over the BroadcastChannel.
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { DeckAction } from './keys';
import { moveSlide, slideFromParam, slideSearch } from './position';
import { helloMessage, openDeckChannel, showMessage, type DeckChannel, type DeckMessage } from './sync';

export type DeckWindow = 'slides' | 'notes';

export class DeckController {
	slide = $state(1);
	blanked = $state(false);
	readonly role: DeckWindow;
	#slideCount: () => number;
	#channel: DeckChannel | null = null;

	/** `slideCount` is read when needed, so the controller follows the deck it is given. */
	constructor(slideCount: () => number, role: DeckWindow) {
		this.#slideCount = slideCount;
		this.role = role;
	}

	get count() {
		return this.#slideCount();
	}

	/** Once in the browser: open on the URL's slide, then follow the other window. Returns the cleanup. */
	connect(): () => void {
		// Read once, when the deck opens: later moves are written to the URL, never read back from it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.slide = slideFromParam(new URLSearchParams(location.search).get('slide'), this.count);
		this.#channel = openDeckChannel(this.count, (message) => this.#receive(message));
		// The slides announce where they are; a notes window asks, and the slides answer.
		this.#channel.post(this.role === 'slides' ? showMessage(this.slide, this.blanked) : helloMessage());
		return () => {
			this.#channel?.close();
			this.#channel = null;
		};
	}

	go(n: number) {
		const target = Math.min(Math.max(1, Math.round(n)), this.count);
		if (target === this.slide) return;
		this.slide = target;
		this.#writeUrl();
		this.#tell();
	}

	act(action: DeckAction) {
		if (action === 'blank') return this.toggleBlank();
		const target = moveSlide(this.slide, action, this.count);
		if (target !== null) this.go(target);
	}

	toggleBlank() {
		this.blanked = !this.blanked;
		this.#tell();
	}

	#receive(message: DeckMessage) {
		if (message.type === 'hello') {
			if (this.role === 'slides') this.#tell();
			return;
		}
		this.blanked = message.blanked;
		if (message.slide !== this.slide) {
			this.slide = message.slide;
			this.#writeUrl();
		}
	}

	#tell() {
		this.#channel?.post(showMessage(this.slide, this.blanked));
	}

	#writeUrl() {
		replaceState(slideSearch(this.slide), page.state);
	}
}

/** F: the whole page full screen, or back. Browsers refuse without a user's key press or click, which F is. */
export function toggleFullscreen() {
	if (document.fullscreenElement) void document.exitFullscreen();
	else void document.documentElement.requestFullscreen?.().catch(() => {});
}
