// The respondent's pages ship no SvelteKit script: every form is a plain form that posts and
// comes back, and the page is a few kilobytes on a slow phone (decision record 0046).
export const csr = false;
