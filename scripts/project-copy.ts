/**
 * A throwaway copy of this project in another folder, for builds that must not touch the
 * real one: the bad-input tests and the benchmark. node_modules is linked package by
 * package, leaving out Astro's cache (node_modules/.astro), which each copy keeps its own.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs of the project, beside node_modules. */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'public', 'content'];

/** Copies the project from `root` into `dir` (which must exist); `withContent: false` leaves content/ out. */
export function copyProject(root: string, dir: string, { withContent = true } = {}): void {
	for (const file of PROJECT_FILES) {
		if (file === 'content' && !withContent) continue;
		cpSync(join(root, file), join(dir, file), { recursive: true });
	}
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(root, 'node_modules'))) {
		if (name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
	}
}
