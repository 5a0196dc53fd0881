/** Where the admin pages about the instrument live, so pages link to each other by name. */
export const INSTRUMENTS_HREF = '/admin/instruments';
export const DRAFT_HREF = '/admin/instruments/draft';
/** The in-app explanation of the instrument file (export and import), with an example. */
export const FORMAT_HELP_HREF = '/admin/instruments/format';
