import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseTemplate } from '../../src/lib/case-template';
import { slugify } from '../../src/lib/slug';

const ids = { clientGroups: ['families'], barriers: ['lack-of-trust', 'short-term-funding'], principles: ['pool-effort'], sources: ['tett-2005'] };
const frontmatter = (file: string) => parse(file.split('---\n')[1]) as Record<string, unknown>;

describe('the new-case skeleton', () => {
	it('names the file after the title', () => {
		expect(slugify('Easton, Bristol: partnership in a diverse inner-city area')).toBe('easton-bristol-partnership-in-a-diverse-inner-city-area');
		expect(slugify('Ynys Môn & Gwynedd')).toBe('ynys-mon-and-gwynedd');
	});

	it('is valid YAML with every field of a case', () => {
		const data = frontmatter(caseTemplate('A "quoted" title', ids, '2026-11-23'));
		expect(data.title).toBe('A "quoted" title');
		expect(Object.keys(data)).toEqual(
			expect.arrayContaining(['summary', 'place', 'period', 'setting', 'clientGroups', 'barriers', 'principles', 'partners', 'evidence', 'sources', 'outcomes', 'discussionQuestions', 'lastReviewed']),
		);
	});

	it('lists the valid ids beside the fields that take them', () => {
		const file = caseTemplate('T', ids, '2026-11-23');
		expect(file).toMatch(/Valid ids:\n# {3}families\nclientGroups: \[\]/);
		expect(file).toMatch(/#   lack-of-trust\n# {3}short-term-funding\nbarriers: \[\]/);
		expect(file).toMatch(/#   tett-2005\nsources:/);
	});
});
