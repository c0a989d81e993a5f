/** The components a Markdown or MDX body may use, passed to every `<Content />`. */
import Link from './Link.astro';
import Quote from './Quote.astro';

export const contentComponents = { Quote, a: Link };
