// A virtual X display for WebKitGTK, started and stopped in-process: its MiniBrowser has no headless mode.
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { requireBinary } from './require-binary';

export interface Display {
	/** The value for DISPLAY, such as ":1". */
	name: string;
	close(): Promise<void>;
}

/** Starts Xvfb on the first free display number; it writes the number it took to file descriptor 3. */
export async function startXvfb(): Promise<Display> {
	const binary = requireBinary(process.env.XVFB_PATH ?? '/usr/bin/Xvfb', 'xvfb', 'Xvfb');
	const xvfb = spawn(binary, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'ignore', 'pipe', 'pipe']
	});
	let log = '';
	xvfb.stderr?.on('data', (chunk) => (log += chunk));
	const exited = new Promise<void>((resolve) => xvfb.once('exit', () => resolve()));
	// Xvfb does not stop with its parent: should the test process end without closing it, it still goes.
	const stop = () => xvfb.exitCode === null && xvfb.kill();
	process.once('exit', stop);
	void exited.then(() => process.off('exit', stop));
	try {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const name = await new Promise<string>((resolve, reject) => {
			(xvfb.stdio[3] as Readable).once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
			xvfb.once('error', reject);
			xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display: ${log}`)));
			timer = setTimeout(() => reject(new Error(`Xvfb opened no display within 10 s: ${log}`)), 10_000);
		}).finally(() => clearTimeout(timer));
		return {
			name,
			close: async () => {
				stop();
				await exited;
			}
		};
	} catch (error) {
		stop();
		throw error;
	}
}
