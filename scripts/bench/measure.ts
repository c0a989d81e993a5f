/** Measurements the benchmark takes of a build: time and peak memory, and page weights on disk. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder } from '../files.ts';

/** Seconds a command took and its peak resident memory in MB (where GNU time is installed). */
export interface Timing {
	seconds: number;
	peakMb?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command in `cwd`, failing loudly if it fails; GNU time, where present, reports peak memory. */
export function timed(command: string[], cwd: string): Timing {
	const useTime = existsSync(GNU_TIME);
	const memoryFile = join(cwd, '.peak-memory');
	const argv = useTime ? [GNU_TIME, '-f', '%M', '-o', memoryFile, ...command] : command;
	const start = performance.now();
	const result = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 30 });
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) throw new Error(`${command.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
	const peakKb = useTime ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)) : NaN;
	return { seconds, peakMb: Number.isFinite(peakKb) ? peakKb / 1024 : undefined };
}

/** Total bytes of a folder. */
export function folderBytes(dir: string): number {
	return filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** What one page costs a reader, gzipped: its HTML and the CSS and JavaScript it links or inlines. */
export function pageWeight(dist: string, htmlFile: string): { html: number; css: number; js: number; total: number } {
	const html = readFileSync(htmlFile, 'utf8');
	const asset = (url: string) => {
		const file = join(dist, url.replace(/^\//, '').replace(/[?#].*$/, ''));
		return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
	};
	const gz = (parts: (string | Buffer)[]) => (parts.length ? gzipSync(Buffer.concat(parts.map((p) => Buffer.from(p)))).length : 0);
	const css = [
		...[...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => asset(m[1])),
		...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
	];
	const js = [
		...[...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => asset(m[1])),
		...[...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
	];
	const weights = { html: gzipSync(html).length, css: gz(css), js: gz(js) };
	return { ...weights, total: weights.html + weights.css + weights.js };
}
