// A loopback proxy that puts a tiny error listener at the top of every HTML page it passes on, so that a browser
// driven over classic WebDriver (WebKit's), which has no page-error event and cannot add a script before the page's
// own, still reports every uncaught exception and unhandled rejection, from the first script on, in every frame.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const PROBE_PATH = '/__engines/probe.js';
const REPORT_PATH = '/__engines/page-error';

/**
 * Runs in the page, before anything else. It is served from the page's own origin, so the pages'
 * Content-Security-Policy (script-src 'self', connect-src 'self') lets it run and report; as a classic script at the
 * top of <head> it runs before any script of the page's own. It reports with sendBeacon,
 * which still goes out while the page is being left.
 */
function watchErrors(reportPath: string) {
	const report = (kind: string, error: unknown, fallback: string) => {
		// JavaScriptCore's stack lists the frames only: the message goes first.
		const detail = error instanceof Error ? `${error}\n${error.stack}` : String(error ?? fallback);
		navigator.sendBeacon(reportPath, `${kind} at ${location.href}: ${detail}`);
	};
	addEventListener('error', (event) => report('uncaught exception', event.error, event.message));
	addEventListener('unhandledrejection', (event) => report('unhandled rejection', event.reason, 'undefined'));
	Object.assign(window, { __enginesErrorProbe: true });
}

const probe = `(${watchErrors})(${JSON.stringify(REPORT_PATH)});\n`;

export interface ErrorProbe {
	origin: string;
	close(): Promise<void>;
}

/** Proxies `target` (an origin) on a free loopback port; reports go into `errors`, shared by several proxies. */
export async function startErrorProbe(target: string, errors: string[]): Promise<ErrorProbe> {
	const upstream = new URL(target);
	const server: Server = createServer((req, res) => {
		if (req.url === PROBE_PATH) {
			res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
			res.end(probe);
			return;
		}
		if (req.url === REPORT_PATH && req.method === 'POST') {
			let body = '';
			req.setEncoding('utf8');
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				errors.push(body);
				res.writeHead(204).end();
			});
			return;
		}
		// Asked for without compression, so an HTML page can be read and changed here.
		const headers: IncomingHttpHeaders = { ...req.headers, host: upstream.host };
		delete headers['accept-encoding'];
		const forward = request(
			{ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
			(answer) => {
				const type = String(answer.headers['content-type'] ?? '');
				if (!type.startsWith('text/html')) {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
					return;
				}
				const chunks: Buffer[] = [];
				answer.on('data', (chunk: Buffer) => chunks.push(chunk));
				answer.on('end', () => {
					const html = Buffer.concat(chunks)
						.toString('utf8')
						.replace(/<head[^>]*>/i, (head) => `${head}<script src="${PROBE_PATH}"></script>`);
					const outHeaders = { ...answer.headers };
					delete outHeaders['content-length'];
					delete outHeaders['etag'];
					res.writeHead(answer.statusCode ?? 502, outHeaders);
					res.end(html);
				});
			}
		);
		forward.on('error', (error) => {
			if (res.headersSent) res.destroy(error);
			else res.writeHead(502).end(String(error));
		});
		req.pipe(forward);
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
