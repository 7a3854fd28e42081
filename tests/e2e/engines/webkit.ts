// Debian's WebKitGTK (MiniBrowser) driven over classic WebDriver by webdriverio through WebKitWebDriver, on an Xvfb
// display. Classic WebDriver reports no page errors, so its pages come through the error probe (./error-probe.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type AddressInfo } from 'node:net';
import { Key as WebDriverKey, remote } from 'webdriverio';
import type { Engine, Key } from './engine';
import { startErrorProbe, type ErrorProbe } from './error-probe';
import { findLink } from './find-link';
import { requireBinary } from './require-binary';
import { startXvfb, type Display } from './xvfb';

const keys: Record<Key, string> = {
	ArrowRight: WebDriverKey.ArrowRight,
	ArrowLeft: WebDriverKey.ArrowLeft,
	PageDown: WebDriverKey.PageDown
};

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Resolves once something accepts connections on the port. */
async function listening(port: number, driver: ChildProcess, timeout = 10_000) {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1', () => {
				socket.end();
				resolve(true);
			});
			socket.on('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeout} ms`);
}

/** Stops the driver and the browser it started: they share a process group of their own. */
function stopGroup(child: ChildProcess) {
	if (child.pid && child.exitCode === null) {
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
}

/** webdriverio types a page function by the elements it passes; the scenarios' functions take and give plain values. */
const run = <R, A extends unknown[]>(browser: WebdriverIO.Browser, fn: (...args: A) => R, args: A) =>
	browser.execute(fn as never, ...(args as unknown[] as never[])) as Promise<Awaited<R>>;

export async function startWebKit(): Promise<Engine> {
	const driverPath = requireBinary(
		process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
		'webkit2gtk-driver',
		'WebKitWebDriver'
	);
	const errors: string[] = [];
	const probes = new Map<string, Promise<ErrorProbe>>();
	let display: Display | undefined;
	let driver: ChildProcess | undefined;
	// The driver has a process group of its own, so it does not stop with the test process unless told to.
	const stopDriver = () => driver && stopGroup(driver);
	process.once('exit', stopDriver);
	const cleanUp = async () => {
		stopDriver();
		process.off('exit', stopDriver);
		await Promise.all([...probes.values()].map(async (probe) => (await probe).close()));
		await display?.close();
	};
	try {
		display = await startXvfb();
		const port = await freePort();
		driver = spawn(driverPath, [`--port=${port}`], {
			env: { ...process.env, DISPLAY: display.name, NO_AT_BRIDGE: '1' },
			stdio: 'ignore',
			detached: true
		});
		await listening(port, driver);
		// Given a host and port, webdriverio talks to this driver; it never looks for, nor fetches, a driver or browser.
		const browser = await remote({
			hostname: '127.0.0.1',
			port,
			logLevel: 'error',
			connectionRetryCount: 0,
			capabilities: {
				// WebKitWebDriver refuses a session that asks for BiDi (webSocketUrl), which webdriverio asks for by default.
				'wdio:enforceWebDriverClassic': true
			}
		});
		await browser.setWindowSize(1280, 800);

		const withFrame = async <R>(srcPrefix: string, run: () => Promise<R>): Promise<R> => {
			const iframe = await browser.$(`iframe[src^="${srcPrefix}"]`);
			await iframe.waitForExist();
			await browser.switchFrame(iframe);
			try {
				return await run();
			} finally {
				await browser.switchFrame(null);
			}
		};

		return {
			name: 'WebKit',
			reach: (origin) => {
				if (!probes.has(origin)) probes.set(origin, startErrorProbe(origin, errors));
				return probes.get(origin)!.then((probe) => probe.origin);
			},
			goto: async (url) => {
				await browser.url(url);
				// A page that came through the probe without it would hide its errors.
				if (!(await browser.execute(() => '__enginesErrorProbe' in window)))
					throw new Error(`${url} was loaded without the error probe: load pages from engine.reach(origin)`);
			},
			url: () => browser.getUrl(),
			evaluate: (fn, ...args) => run(browser, fn, args),
			evaluateInFrame: (srcPrefix, fn, ...args) => withFrame(srcPrefix, () => run(browser, fn, args)),
			press: (key) => browser.keys(keys[key]),
			clickLink: async (name) => {
				const link = await browser.execute(findLink, name.source, name.flags);
				if (!link) throw new Error(`No link named ${name} on ${await browser.getUrl()}`);
				// Over classic WebDriver the result is a bare element reference, which $ turns into an element.
				await browser.$(link).click();
			},
			takePageErrors: async () => {
				// Reports travel as beacons: give the last ones a moment to arrive.
				await new Promise((resolve) => setTimeout(resolve, 300));
				return errors.splice(0);
			},
			close: async () => {
				try {
					await browser.deleteSession();
				} finally {
					await cleanUp();
				}
			}
		};
	} catch (error) {
		await cleanUp();
		throw error;
	}
}
