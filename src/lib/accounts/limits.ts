/** Limits shown to users on the page and enforced on the server: one source for both. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
