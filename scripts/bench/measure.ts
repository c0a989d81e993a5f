/** Measurements the benchmark takes of a build: time, peak memory and size on disk. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
