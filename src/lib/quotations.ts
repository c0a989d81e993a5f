/** Rules for verbatim quotations, shared by the Quote component and the content checks. */

/** Quotations must stay short: fair dealing, and the house rule of under 40 words. */
export const MAX_QUOTE_WORDS = 39;

/** Counts words in text that may contain markup. */
export function countWords(textOrHtml: string): number {
	const text = textOrHtml.replace(/<[^>]*>/g, ' ').trim();
	return text ? text.split(/\s+/).length : 0;
}
