import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/lib/git-history';

describe('last changed dates from git', () => {
	it('takes the newest commit that touched each file', () => {
		const log = [
			'\u00002026-11-23T10:00:00+00:00',
			'',
			'content/cases/easton-bristol.mdx',
			'\u00002026-11-01T09:00:00+00:00',
			'',
			'content/cases/easton-bristol.mdx',
			'content/barriers/lack-of-trust.md',
			'',
		].join('\n');
		const dates = parseGitLog(log);
		expect(dates.get('content/cases/easton-bristol.mdx')?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
		expect(dates.get('content/barriers/lack-of-trust.md')?.toISOString()).toBe('2026-11-01T09:00:00.000Z');
	});

	it('knows nothing where there is no history', () => {
		expect(parseGitLog('').size).toBe(0);
	});
});

import { webUrlOfRemote } from '../../src/lib/site';

describe('the repository behind "Edit this page"', () => {
	it('turns a GitHub remote into its web address', () => {
		expect(webUrlOfRemote('git@github.com:someone/joined-up.git\n')).toBe('https://github.com/someone/joined-up');
		expect(webUrlOfRemote('https://github.com/someone/joined-up.git')).toBe('https://github.com/someone/joined-up');
		expect(webUrlOfRemote('https://github.com/someone/joined-up')).toBe('https://github.com/someone/joined-up');
	});

	it('offers no edit link for a remote that is not on GitHub', () => {
		expect(webUrlOfRemote('/srv/git/joined-up')).toBeUndefined();
	});
});
