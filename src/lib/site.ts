/**
 * Settings of the deployed site, read from the environment at build time so one build
 * recipe serves a fork, a sub-path or a preview.
 */

import { execFileSync } from 'node:child_process';

/** `git@github.com:owner/repo.git` or `https://github.com/owner/repo.git` → `https://github.com/owner/repo`. */
export function webUrlOfRemote(remote: string): string | undefined {
	const match = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(remote.trim());
	return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

function originRemote(): string {
	try {
		return execFileSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		return '';
	}
}

/**
 * The repository the site is built from, e.g. https://github.com/owner/joined-up: SITE_REPO,
 * else the GitHub remote this clone came from, else none (and no edit links).
 */
const REPO_URL = (process.env.SITE_REPO || webUrlOfRemote(originRemote()))?.replace(/\/+$/, '');
/** The branch that "Edit this page" opens (SITE_REPO_BRANCH, default main). */
const REPO_BRANCH = process.env.SITE_REPO_BRANCH ?? 'main';

/** The page that edits `filePath` in the repository, or undefined when no repository is set. */
export function editUrl(filePath: string | undefined): string | undefined {
	if (!REPO_URL || !filePath) return undefined;
	return `${REPO_URL}/edit/${REPO_BRANCH}/${filePath.replace(/^\.\//, '')}`;
}
