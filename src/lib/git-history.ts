/**
 * When each content file last changed, from git. Read in one pass of `git log`, so the cost
 * does not grow with one process per page. Where there is no history (an export without
 * .git, a shallow clone), pages simply show no "last changed" date.
 */
import { execFileSync } from 'node:child_process';

const COMMIT_MARK = '\u0000';

/** Parses `git log --format=%x00%cI --name-only`: the first date seen for a file is its newest. */
export function parseGitLog(log: string): Map<string, Date> {
	const lastChanged = new Map<string, Date>();
	for (const commit of log.split(COMMIT_MARK).slice(1)) {
		const [date, ...files] = commit.split('\n').map((line) => line.trim());
		for (const file of files) {
			if (file && !lastChanged.has(file)) lastChanged.set(file, new Date(date));
		}
	}
	return lastChanged;
}

/** Last commit date of every file under `folder`, keyed by its path from the repository root. */
export function readLastChanged(folder = 'content'): Map<string, Date> {
	try {
		const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', folder], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 256 * 1024 * 1024,
		});
		return parseGitLog(log);
	} catch {
		return new Map();
	}
}
