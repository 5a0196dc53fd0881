// The public navigator ships no SvelteKit script: its filters and the own-route form are plain
// forms (get and post/redirect/get), its pages links; the one control that needs a script, the
// share link's copy button, gets /copy-link.js (decision record 0046). Its styles are all
// inline: the base and the toolkit's own (record 0057).
export const csr = false;
export const load = () => ({ stylesInline: true });
