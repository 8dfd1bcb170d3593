/** Rows rendered at most, so a huge paste never builds a huge table. */
export const MAX_ROWS = 200;
