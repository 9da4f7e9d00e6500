// The first year a partnership form accepts, shown in its hint. The schemas of
// the partnership forms are in ./partnership.server.ts: zod stays out of the browser.

/** The first twinnings of Czech towns date from the late 1940s. */
export const FIRST_PARTNERSHIP_YEAR = 1945;
