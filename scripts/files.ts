/** Walking folders of the build, for the scripts and tests that read dist/. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, depth first. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(path) : [path];
	});
}

/** Every page of a built site: its .html files, leaving out Pagefind's bundle. */
export function htmlPagesUnder(dist: string): string[] {
	return filesUnder(dist)
		.filter((file) => file.endsWith('.html') && !file.slice(dist.length).startsWith('/pagefind/'))
		.sort();
}
