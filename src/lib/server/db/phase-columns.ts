/**
 * How a phase answer is stored, in scan answers and participant scores alike: a phase 1–3 (or
 * null) and a 0/1 flag for "weet ik niet".
 */
import type { Phase } from '$lib/instrument/schema';
import type { PhaseAnswer } from '$lib/scan/scan';

export const toColumns = (phase: PhaseAnswer) => ({
	phase: typeof phase === 'number' ? phase : null,
	unknown: phase === 'unknown' ? 1 : 0
});

export const fromColumns = (phase: number | null, unknown: number): PhaseAnswer =>
	unknown === 1 ? 'unknown' : phase === null ? null : (phase as Phase);
