// The height messages an embed sends its parent page, in the two formats newsrooms' parent scripts read,
// and the few messages it accepts back. Everything from another window is checked for shape before use.
//
// pym.js v1 (NPR): strings "pym" xPYMx <childId> xPYMx <type> xPYMx <value>. The parent adds `childId` to the
// iframe's URL, sizes the iframe on "height" and sends "width" to the child whenever its own window resizes.
// @newswire/frames and AMP's amp-iframe: an object { sentinel: 'amp', type: 'embed-size', height }. The frames
// parent sends { sentinel: 'amp', type: 'frames-init' } once it listens, and expects a height in return.

export const PYM_DELIMITER = 'xPYMx';
/** Larger than any page; a bigger or non-integer value is not a width or a height. */
export const MAX_PIXELS = 100_000;
const MAX_MESSAGE_LENGTH = 1000;

export type PymMessage = string;
export interface FramesHeightMessage {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

/** A parent's message the embed acts on; anything else is ignored. */
export type ParentMessage = { type: 'width'; width: number } | { type: 'frames-init' };

export const pymMessage = (childId: string, type: string, value: string | number): PymMessage =>
	['pym', childId, type, String(value)].join(PYM_DELIMITER);

export const framesHeightMessage = (height: number): FramesHeightMessage => ({
	sentinel: 'amp',
	type: 'embed-size',
	height
});

/** What to post to the parent for a height: the frames/AMP object always, pym's string when pym gave an id. */
export function heightMessages(height: number, childId: string | null): (PymMessage | FramesHeightMessage)[] {
	const h = Math.max(0, Math.ceil(height));
	return childId ? [framesHeightMessage(h), pymMessage(childId, 'height', h)] : [framesHeightMessage(h)];
}

const isPixels = (n: number) => Number.isInteger(n) && n > 0 && n <= MAX_PIXELS;

function isPlainRecord(data: unknown): data is Record<string, unknown> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	const proto = Object.getPrototypeOf(data);
	return proto === Object.prototype || proto === null;
}

/** Reads own string properties without trusting the object (no getters run, no prototype lookups). */
function ownString(record: Record<string, unknown>, key: string): string | undefined {
	const descriptor = Object.getOwnPropertyDescriptor(record, key);
	return descriptor && 'value' in descriptor && typeof descriptor.value === 'string' ? descriptor.value : undefined;
}

function ownNumber(record: Record<string, unknown>, key: string): number | undefined {
	const descriptor = Object.getOwnPropertyDescriptor(record, key);
	return descriptor && 'value' in descriptor && typeof descriptor.value === 'number' ? descriptor.value : undefined;
}

/** The parent's message, when it is one the embed understands and addressed to it; otherwise null. */
export function readParentMessage(data: unknown, childId: string | null): ParentMessage | null {
	try {
		if (typeof data === 'string') {
			if (!childId || data.length > MAX_MESSAGE_LENGTH) return null;
			const parts = data.split(PYM_DELIMITER);
			if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width') return null;
			if (!/^\d{1,6}$/.test(parts[3])) return null;
			const width = Number(parts[3]);
			return isPixels(width) ? { type: 'width', width } : null;
		}
		if (isPlainRecord(data) && ownString(data, 'sentinel') === 'amp' && ownString(data, 'type') === 'frames-init') {
			return { type: 'frames-init' };
		}
	} catch {
		// a hostile object (a proxy, say) is simply not a message we understand
	}
	return null;
}

/** For a page that shows embeds (the preview): the height an embed reports, or null for anything else. */
export function readEmbedHeight(data: unknown): number | null {
	try {
		if (!isPlainRecord(data) || ownString(data, 'sentinel') !== 'amp' || ownString(data, 'type') !== 'embed-size')
			return null;
		const height = ownNumber(data, 'height');
		return height !== undefined && isPixels(height) ? height : null;
	} catch {
		return null;
	}
}
