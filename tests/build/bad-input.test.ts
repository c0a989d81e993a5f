/**
 * Each mistake a maintainer can make in a case file, built for real: the site must not
 * build, and the message must name the file, the field and the fix. One fixture per mistake
 * in tests/fixtures/bad-content/, each differing from _valid.mdx in one way.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy';

const FIXTURES = 'tests/fixtures/bad-content';
const workDirs: string[] = [];

/**
 * Builds a copy of the project with one fixture case added, in its own folder so that its
 * content cache (.astro/) never mixes with the real site's. Returns the status and output.
 */
function buildWith(fixture: string): { status: number | null; output: string; dir: string } {
	const dir = mkdtempSync(join(tmpdir(), 'joined-up-fixture-'));
	workDirs.push(dir);
	copyProject(process.cwd(), dir);
	cpSync(join(FIXTURES, fixture), join(dir, 'content', 'cases', basename(fixture)));
	const result = spawnSync('bash', ['-c', `"${process.execPath}" scripts/check-content.ts && npx astro build`], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	});
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: result.status, output, dir };
}

// Each fixture's copy holds a whole built site; removing them all can take longer than the
// default 10 s hook timeout on a busy machine.
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 120_000);

describe('a maintainer’s mistakes fail the build with a message that says how to fix them', { timeout: 120_000 }, () => {
	it('builds the valid fixture, so each bad one fails for its own reason', () => {
		const { status, output } = buildWith('_valid.mdx');
		expect(output).toMatch(/Content check: \d+ files look well formed\./);
		expect(status).toBe(0);
	});

	it('an empty file', () => {
		const { status, output } = buildWith('empty.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/cases\/empty\.mdx is empty\. Start a case with npm run new:case -- "Title"/);
	});

	it('broken YAML frontmatter', () => {
		const { status, output } = buildWith('broken-yaml.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/cases\/broken-yaml\.mdx, frontmatter line \d+: this is not valid YAML .*Look for an unclosed quotation mark/);
	});

	it('a duplicate id', () => {
		const { status, output } = buildWith('duplicate-id/easton-bristol.md');
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/cases\/easton-bristol\.mdx and \S*content\/cases\/easton-bristol\.md would both be cases\/easton-bristol\. Rename one of them/);
	});

	it('a duplicate title', () => {
		const { status, output } = buildWith('duplicate-title.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/cases\/easton-bristol\.mdx has the same title as .*content\/cases\/duplicate-title\.mdx|content\/cases\/duplicate-title\.mdx has the same title as .*content\/cases\/easton-bristol\.mdx/);
		expect(output).toContain('Give each cases entry its own title');
	});

	it('a quotation of 40 words or more', () => {
		const { status, output } = buildWith('long-quote.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/cases\/long-quote\.mdx, line 34: a quotation has 56 words \("It is a long run of source words …"\)\. Quote under 40 words/);
	});

	it('a missing required field', () => {
		const { status, output } = buildWith('missing-field.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain('cases → missing-field data does not match collection schema');
		expect(output).toContain('summary: Add a summary: one or two sentences.');
		expect(output).toMatch(/Location:\s+\S*content\/cases\/missing-field\.mdx/);
	});

	it('a number where text belongs, and a date that is not a date', () => {
		const { status, output } = buildWith('wrong-type.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain('place.area: Write the local authority or wider area as text.');
		expect(output).toContain('lastReviewed: Write the date as YYYY-MM-DD, for example 2026-11-23.');
		expect(output).toMatch(/Location:\s+\S*content\/cases\/wrong-type\.mdx/);
	});

	it('an unknown id, with the nearest valid one suggested', () => {
		const { status, output } = buildWith('unknown-id.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/cases\/unknown-id\.mdx: field "barriers\[0\]\.id" names "lack-of-trusst", which is not an id in barriers\./);
		expect(output).toContain('Did you mean "lack-of-trust"?');
		expect(output).toMatch(/Valid barriers ids: absent-key-agencies, .*lack-of-trust/);
	});

	it('a barrier status that is not one of the four', () => {
		const { status, output } = buildWith('bad-status.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain('barriers.0: "overcame" is not a status for barrier "short-term-funding". Choose one of: "overcome", "partly overcome", "persisted", "not reported".');
		expect(output).toMatch(/Location:\s+\S*content\/cases\/bad-status\.mdx/);
	});

	it('broken MDX: an unclosed tag', () => {
		const { status, output } = buildWith('broken-mdx.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(/Expected a closing tag for `<Quote>`/);
		expect(output).toMatch(/Location:\s+\S*content\/cases\/broken-mdx\.mdx:\d+/);
	});

	it('markup in frontmatter shows as text and never runs', () => {
		const { status, dir } = buildWith('markup-in-title.mdx');
		expect(status).toBe(0);
		const page = readFileSync(join(dir, 'dist', 'cases', 'markup-in-title', 'index.html'), 'utf8');
		// Shown as text in the heading, lead and facts panel…
		expect(page).toMatch(/<h1[^>]*>Fixture &lt;script&gt;alert\(&quot;title&quot;\)&lt;\/script&gt; place<\/h1>/);
		expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; A fixture');
		expect(page).toContain('&lt;b&gt;A council&lt;/b&gt;');
		// …and never as elements (inside a quoted attribute value, "<" is only text).
		const markupOnly = page.replace(/="[^"]*"/g, '=""');
		expect(markupOnly).not.toMatch(/<script>alert|<img src=x|<b>A council/);
	});
});
