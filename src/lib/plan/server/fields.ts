/**
 * Form fields that scans, workshops and surveys ask alike, as zod schemas whose messages are in
 * the user's language (for `parseFields`): the same limits and the same words on every form.
 */
import { z } from 'zod';
import { requiredLine } from '$lib/server/http/forms';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import { format, messages, type Language } from '$lib/i18n';

/** The longest title of a scan or a workshop. */
export const MAX_TITLE_LENGTH = 200;

/** The title of a scan or a workshop. */
export const titleField = (language: Language) => requiredLine(MAX_TITLE_LENGTH, messages(language).plan.errors.titleRequired);

/** Free text that may be empty (what is needed, a reason, an own question's answer): trimmed, at most `max` characters. */
export const textField = (language: Language, max = MAX_TEXT_LENGTH) =>
	z.string().trim().max(max, { error: textTooLong(language, max) });

/** The message for a text longer than `max`. */
export const textTooLong = (language: Language, max = MAX_TEXT_LENGTH) => format(messages(language).common.tooLong, { max });
