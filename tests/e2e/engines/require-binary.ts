// Fails, rather than skips, when a browser the suite needs is not installed, and says which package brings it.
import { accessSync, constants } from 'node:fs';

/** The path when it is an executable file; otherwise throws naming the Debian package to install. */
export function requireBinary(path: string, debianPackage: string, what: string): string {
	try {
		accessSync(path, constants.X_OK);
		return path;
	} catch {
		throw new Error(
			`${what} is not installed (no executable at ${path}). ` +
				`Install it with: apt-get install --no-install-recommends ${debianPackage}`
		);
	}
}
