/**
 * The words people search with that our pages may not use: acronyms, older or newer names,
 * spellings with and without hyphens. Pagefind has no synonyms, so each page carries the
 * aliases of the terms it is about in a searchable metadata field (`aliases`), and a search
 * for "GRT" finds the pages about Gypsy Travellers. One list, here, for the whole site.
 *
 * Each group: `matches`, patterns that say a page is about the term (tested against its title,
 * summary and the titles of the terms it links); `aliases`, what else people type for it.
 */
export interface AliasGroup {
	matches: RegExp[];
	aliases: string[];
}

export const ALIAS_GROUPS: readonly AliasGroup[] = [
	{ matches: [/gyps(y|ies)/i, /travell?ers?\b/i], aliases: ['GRT', 'Gypsy Roma Traveller', 'Gypsies', 'Gypsy', 'Travellers', 'Traveller', 'Romany', 'Irish Travellers'] },
	{ matches: [/black and minority ethnic/i, /\bBME\b/, /minority ethnic/i, /african-caribbean|asian elders/i], aliases: ['BME', 'BAME', 'ethnic minority', 'minority ethnic', 'black and minority ethnic', 'race equality'] },
	{ matches: [/partnership/i, /multi-?agency/i, /inter-?agency/i, /joined[- ]up/i, /collaborat/i], aliases: ['multiagency', 'multi-agency', 'inter-agency', 'interagency', 'joined-up working', 'joined up', 'joint working', 'collaboration', 'partnership working'] },
	{ matches: [/youth inclusion and support panel/i, /\bYISPs?\b/], aliases: ['YISP', 'YISPs', 'Youth Inclusion and Support Panel'] },
	{ matches: [/looked[- ]after/i, /children in care/i, /fostered|adopted/i], aliases: ['looked after children', 'looked-after children', 'LAC', 'children in care', 'foster care', 'fostering', 'adoption', 'care leavers'] },
	{ matches: [/eating disorder/i], aliases: ['eating disorders', 'anorexia', 'bulimia'] },
	{ matches: [/new deal for communities/i, /\bNDC\b/], aliases: ['NDC', 'New Deal for Communities'] },
	{ matches: [/single regeneration budget/i, /\bSRB\b/], aliases: ['SRB', 'Single Regeneration Budget'] },
	{ matches: [/education action zone/i, /\bEAZ\b/], aliases: ['EAZ', 'Education Action Zone'] },
	{ matches: [/short-term funding/i, /funding/i], aliases: ['short-term funding', 'short term funding', 'grant funding', 'funding cuts', 'time-limited funding'] },
	{ matches: [/information sharing/i, /sharing information/i, /information/i, /confidential/i], aliases: ['information sharing', 'sharing information', 'data sharing', 'confidentiality'] },
	{ matches: [/\bwales\b/i, /welsh/i, /powys|wrexham/i], aliases: ['Wales', 'Welsh', 'Cymru'] },
	{ matches: [/clímbi[eé]|climbi[eé]/i], aliases: ['Climbie', 'Climbié', 'Victoria Climbie'] },
	{ matches: [/\bcarers?\b/i, /informal care/i], aliases: ['carers', 'carer', 'caregivers', 'unpaid carers', 'informal care'] },
	{ matches: [/offend/i, /criminal justice/i, /polic(e|ing)/i], aliases: ['offenders', 'offending', 'criminal justice', 'crime'] },
	{ matches: [/drug|alcohol|substance/i], aliases: ['drugs', 'drug misuse', 'substance misuse', 'alcohol', 'addiction'] },
	{ matches: [/homeless/i, /rough sleep/i], aliases: ['homeless', 'homelessness', 'rough sleepers', 'rough sleeping'] },
	{ matches: [/older people|elders|elderly/i], aliases: ['older people', 'elderly', 'elders', 'old age'] },
	{ matches: [/domestic violence/i, /domestic abuse/i], aliases: ['domestic violence', 'domestic abuse', 'DV'] },
	{ matches: [/\bHIV\b/, /\bAIDS\b/], aliases: ['HIV', 'AIDS', 'HIV/AIDS'] },
	{ matches: [/mental health/i], aliases: ['mental health', 'mental illness', 'CMHT', 'psychiatric'] },
	{ matches: [/child protection|at risk of harm|safeguarding/i], aliases: ['child protection', 'safeguarding', 'children at risk', 'child abuse'] },
	{ matches: [/regeneration/i, /estates?\b/i, /neighbourhood/i], aliases: ['regeneration', 'urban regeneration', 'estate', 'neighbourhood renewal'] },
	{ matches: [/service users?/i, /user involvement/i], aliases: ['service users', 'user involvement', 'user-led', 'service user involvement'] },
	{ matches: [/disabled|disabilit/i, /direct payments/i], aliases: ['disabled people', 'disability', 'direct payments'] },
	{ matches: [/rural/i], aliases: ['rural', 'countryside', 'remote areas'] },
];

/** The aliases for every group that any of `texts` matches, each once, in list order. */
export function aliasesFor(texts: readonly string[], groups: readonly AliasGroup[] = ALIAS_GROUPS): string[] {
	const joined = texts.join('\n');
	const aliases = groups.filter((g) => g.matches.some((pattern) => pattern.test(joined))).flatMap((g) => g.aliases);
	return [...new Set(aliases)];
}
