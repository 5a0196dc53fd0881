// The respondent's pages ship no SvelteKit script: every form is a plain form that posts and
// comes back, and the page is a few kilobytes on a slow phone (decision record 0046). Their
// styles are all inline: the base and the form's own (record 0057).
export const csr = false;
export const load = () => ({ stylesInline: true });
