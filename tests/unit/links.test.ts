import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { filesFor, idsIn, isExternal, linksIn } from '../../src/lib/links';

describe('finding links in built pages', () => {
	it('finds href, src and action, but not text inside scripts', () => {
		const html = `<a href="/a/?x=1&amp;y=2">a</a><img src='/i.png'><form action="/search/"></form><script>"<a href='/no/'>"</script>`;
		expect(linksIn(html)).toEqual([
			{ attribute: 'href', url: '/a/?x=1&y=2' },
			{ attribute: 'src', url: '/i.png' },
			{ attribute: 'action', url: '/search/' },
		]);
	});

	it('collects the ids a fragment can point at', () => {
		expect(idsIn('<h2 id="sources-heading">S</h2><li id="fn-1">')).toEqual(new Set(['sources-heading', 'fn-1']));
	});

	it('tells external links from internal ones', () => {
		expect(isExternal('https://example.org/')).toBe(true);
		expect(isExternal('mailto:someone@example.org')).toBe(true);
		expect(isExternal('//cdn.example.org/x.js')).toBe(true);
		expect(isExternal('/cases/')).toBe(false);
		expect(isExternal('#main')).toBe(false);
	});

	it('maps a path to the files a static host would serve', () => {
		expect(filesFor('/')).toEqual(['index.html']);
		expect(filesFor('/cases/easton/')).toEqual(['cases/easton/index.html']);
		expect(filesFor('/favicon.svg')).toEqual(['favicon.svg', 'favicon.svg/index.html']);
	});
});

describe('the link check', () => {
	const run = (...args: string[]) => {
		try {
			execFileSync(process.execPath, ['scripts/check-links.ts', ...args], { encoding: 'utf8', stdio: 'pipe' });
			return { failed: false, output: '' };
		} catch (error) {
			return { failed: true, output: String((error as { stderr: string }).stderr) };
		}
	};

	it('fails naming each broken link and missing anchor, and nothing else', () => {
		const { failed, output } = run('tests/fixtures/broken-links');
		expect(failed).toBe(true);
		expect(output).toContain('index.html: href="/cases/missing/" points at /cases/missing/, which is not in the build');
		expect(output).toContain('index.html: href="/cases/a/#nowhere" names #nowhere, which cases/a/index.html does not have');
		expect(output).toMatch(/^2 broken internal link/);
	});

	it('fails on links that leave the base path', () => {
		const { failed, output } = run('tests/fixtures/broken-links', '--base', '/joined-up/');
		expect(failed).toBe(true);
		expect(output).toContain('href="/cases/a/" leaves the base path /joined-up/');
	});
});
