import type { PageLoad } from './$types';

// Joining is two plain forms; the page ships no SvelteKit script, so a phone on a slow network
// can type its code at once (decision record 0046). The workshop itself (/w) has its own script.
// Its styles are the base, inline (record 0057).
export const csr = false;
export const load: PageLoad = ({ data }) => ({ ...data, stylesInline: true });
