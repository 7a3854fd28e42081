// The message protocol between the deck and the presenter's notes window: BroadcastChannel, same origin, no server.
// A window that moves posts `show`; a notes window that opens posts `hello` and the deck answers with `show`.
// Every message received is checked for its exact shape; anything else is ignored.

export const CHANNEL_NAME = 'gaza-plan-present';
const APP = 'gaza-plan-present';

export type DeckMessage =
	{ app: typeof APP; type: 'show'; slide: number; blanked: boolean } | { app: typeof APP; type: 'hello' };

export const showMessage = (slide: number, blanked: boolean): DeckMessage => ({
	app: APP,
	type: 'show',
	slide,
	blanked
});
export const helloMessage = (): DeckMessage => ({ app: APP, type: 'hello' });

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const hasOnlyKeys = (value: Record<string, unknown>, keys: string[]) =>
	Object.keys(value).length === keys.length && keys.every((k) => k in value);

/** The message, if `data` is exactly one of ours and names a slide that exists in a deck of `slideCount`; else null. */
export function parseDeckMessage(data: unknown, slideCount: number): DeckMessage | null {
	if (!isRecord(data) || data.app !== APP) return null;
	if (data.type === 'hello') return hasOnlyKeys(data, ['app', 'type']) ? helloMessage() : null;
	if (data.type !== 'show' || !hasOnlyKeys(data, ['app', 'type', 'slide', 'blanked'])) return null;
	const { slide, blanked } = data;
	if (typeof slide !== 'number' || !Number.isInteger(slide) || slide < 1 || slide > slideCount) return null;
	if (typeof blanked !== 'boolean') return null;
	return showMessage(slide, blanked);
}

export interface DeckChannel {
	post(message: DeckMessage): void;
	close(): void;
}

/** Opens the channel (a no-op where BroadcastChannel is missing) and hands each valid message to `receive`. */
export function openDeckChannel(slideCount: number, receive: (message: DeckMessage) => void): DeckChannel {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel(CHANNEL_NAME);
	channel.onmessage = (event: MessageEvent) => {
		const message = parseDeckMessage(event.data, slideCount);
		if (message) receive(message);
	};
	return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
