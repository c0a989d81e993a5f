/**
 * The skeleton `npm run new:case` writes: every field of a case, a comment on each saying
 * what goes there, and the valid ids listed beside the fields that take them.
 */
import { EVIDENCE_KINDS, NATIONS, SETTINGS } from './vocabulary.ts';

/** The ids a maintainer may choose from, by field. */
export interface ValidIds {
	clientGroups: string[];
	barriers: string[];
	principles: string[];
	sources: string[];
}

const idList = (ids: string[]) => ids.map((id) => `#   ${id}`).join('\n');

/** The text of a new case file. `today` is written as the review date, YYYY-MM-DD. */
export function caseTemplate(title: string, ids: ValidIds, today: string): string {
	const quotedTitle = JSON.stringify(title);
	return `---
# A new case. Fill in every field, then run \`npm run check\`. CONTRIBUTING.md has the rules:
# your own words, a locator for every fact, quotations under 40 words and word for word.

# The place or project as the source names it, never a claim.
title: ${quotedTitle}
# One or two sentences: who worked together, for whom, and the one thing to take away.
summary: "TODO"
place:
  # The place as the source names it; keep anonymised places anonymised.
  name: "TODO"
  # The local authority or wider area.
  area: "TODO"
  # One of: ${NATIONS.join(', ')}
  nation: England
# When, as precisely as the source allows, or "Not stated".
period: "TODO"
# One of: ${SETTINGS.join(', ')}
setting: Not stated
# At least one client group. Valid ids:
${idList(ids.clientGroups)}
clientGroups: []
# At least one barrier (only those the source shows), each with what the source reports became of it: overcome,
# partly overcome, persisted, or not reported (a bare id means not reported). Never our
# judgement: where the source does not say, it is not reported. For example:
#   - short-term-funding: persisted
#   - lack-of-trust: partly overcome
# Valid ids:
${idList(ids.barriers)}
barriers: []
# At least one principle (only those the source shows), each shown (the source shows the case practising it) or missing
# (the source shows the work suffering for its absence); a bare id means shown. For example:
#   - build-relationships: shown
# Valid ids:
${idList(ids.principles)}
principles: []
# The agencies and groups involved, and what each did.
partners:
  - name: "TODO"
    role: "TODO"
evidence:
  # Any of: ${EVIDENCE_KINDS.join(', ')}
  kinds: []
  # What the source says of its size: "45 interviews and field notes of 18 meetings".
  size: "TODO"
  # What it cannot tell us, and who was not asked.
  limits: "TODO"
# Each source with a locator: chapter, section, or pages where the source prints them. Valid ids:
${idList(ids.sources)}
sources:
  - id: TODO
    section: "TODO"
# What changed and for whom, as far as the source shows it, or "No outcomes reported".
outcomes:
  - "TODO"
# Three to five open questions for a seminar or team meeting.
discussionQuestions:
  - "TODO?"
  - "TODO?"
  - "TODO?"
# When you last checked the page against its sources, YYYY-MM-DD.
lastReviewed: ${today}
---

## Context

The place and people, with the figures the source gives, each cited.[^1]

## The partnership

## What happened

## Barriers met

## What helped

## Outcomes

## About the evidence

[^1]: Author (year), s. 0.0.
`;
}
