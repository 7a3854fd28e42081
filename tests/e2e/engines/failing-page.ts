// A page whose own scripts fail as it loads and again later, in the page and in a cross-origin frame, served on a
// free loopback port: it shows that an engine's page-error watch sees every one, from the first script on.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The words each failure's message carries. */
export const failures = [
	'thrown while loading',
	'rejected while loading',
	'thrown later',
	'thrown in a frame'
] as const;

const html = (script: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A page that fails</title><script src="${script}"></script></head>
<body><p>This page's script fails.</p></body></html>`;

// The frame is on "localhost" where the page is on 127.0.0.1: another origin, as an embed is.
const pageScript = `document.addEventListener('DOMContentLoaded', () => {
	const frame = document.createElement('iframe');
	frame.src = location.href.replace('127.0.0.1', 'localhost') + 'frame';
	document.body.append(frame);
});
void Promise.reject(new Error('engines check: ${failures[1]}'));
setTimeout(() => { throw new Error('engines check: ${failures[2]}'); }, 50);
throw new Error('engines check: ${failures[0]}');
`;
const frameScript = `throw new Error('engines check: ${failures[3]}');\n`;

const responses: Record<string, [string, string]> = {
	'/': ['text/html; charset=utf-8', html('/page.js')],
	'/page.js': ['text/javascript', pageScript],
	'/frame': ['text/html; charset=utf-8', html('/frame.js')],
	'/frame.js': ['text/javascript', frameScript]
};

export interface FailingPage {
	origin: string;
	close(): Promise<void>;
}

export async function startFailingPage(): Promise<FailingPage> {
	const server: Server = createServer((req, res) => {
		const response = responses[req.url ?? ''];
		if (!response) res.writeHead(404).end();
		else res.writeHead(200, { 'content-type': response[0] }).end(response[1]);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
