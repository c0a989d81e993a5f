/** Every page of the built site, as the paths a browser asks for. */
import { relative } from 'node:path';
import { htmlPagesUnder } from '../../scripts/files';

const DIST = 'dist';

/** `/`, `/404.html`, `/barriers/`, …, `/search/`, sorted. */
export const BUILT_PAGES = htmlPagesUnder(DIST).map((file) => '/' + relative(DIST, file).replace(/index\.html$/, ''));
