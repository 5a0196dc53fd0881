/**
 * What each screen of a running workshop shows in each step, decided in one place: the leader's
 * page, the projector and the phones ask here (their page loads, and the phones' writes), so a
 * step never shows one thing on the projector and another on a phone.
 */
import { currentStep, type Agenda, type WorkshopState } from './workshop';

/** The workshop's three screens: the leader's page, the room's projector, a participant's phone. */
export type Screen = 'leader' | 'projector' | 'phone';

export interface ScreenContent {
	/** The table's shared sheets: a seated participant's phone, while the tables analyse and during the break. */
	sheets: boolean;
	/** The participant's own scores, shown with the sheets. */
	ownScores: boolean;
	/** Whether the phones may change scores and sheets now: only while the workshop runs its analysis step. */
	editable: boolean;
	/** Each table's progress (people who scored, action points), on the projector while the tables work. */
	progress: boolean;
	/** The category whose plenary is on screen (its tables' results), or null. */
	plenary: string | null;
	/** The room's look-back and look-ahead answers. */
	reflections: boolean;
}

/**
 * Whether a phone can let a reload event pass without reloading: another table's sheet or scores
 * change nothing on a phone outside the plenary, which shows only its own table (decision 48).
 * Events name the table they concern (`groupKey`); anything else reloads, as decision 8 has it.
 *
 * @example
 * follow({ …, ignore: (type, data) => phoneIgnores(type, data, { groupKey: data.group?.key ?? null, plenary: data.plenary !== null }) });
 */
export function phoneIgnores(type: string, data: unknown, phone: { groupKey: string | null; plenary: boolean }): boolean {
	if ((type !== 'sheet' && type !== 'scores') || phone.plenary) return false;
	const groupKey = (data as { groupKey?: unknown } | null)?.groupKey;
	return typeof groupKey === 'string' ? groupKey !== phone.groupKey : groupKey === null && phone.groupKey !== null;
}

/**
 * What `screen` shows in the workshop's current state and step. `seated`: whether the phone's
 * participant sits at a table (only a seated participant has sheets to show).
 *
 * @example
 * const shows = screenContent('phone', workshop.state, workshop.agenda, group !== null);
 * const sheets = shows.sheets ? await groupSheetsView(db, me, group, language) : [];
 */
export function screenContent(screen: Screen, state: WorkshopState, agenda: Agenda, seated = false): ScreenContent {
	const step = currentStep(state, agenda);
	const tablesWork = step?.kind === 'analyse' || step?.kind === 'break';
	const closed = state.phase === 'closed';
	const plenary = step?.kind === 'discuss' && step.categoryKey ? step.categoryKey : null;
	const onPhone = screen === 'phone';
	return {
		sheets: onPhone && seated && tablesWork,
		ownScores: onPhone && seated && tablesWork,
		editable: onPhone && state.phase === 'running' && step?.kind === 'analyse',
		progress: screen === 'projector' && tablesWork,
		plenary,
		// The leader records the answers, so sees them always; the phones keep them after closing.
		reflections: screen === 'leader' || step?.kind === 'next' || (onPhone && closed)
	};
}

// ——— The phone in step 3: one card at a time ———

/**
 * One card of the phone's step 3: a factor of one of the table's categories (its own score, the
 * spread and the table's score), the category's priority and action points, or the institution's
 * own questions. A phone shows one card at a time, so a 360 px screen holds one thing to do.
 */
export type PhoneCard =
	| { kind: 'factor'; categoryKey: string; factorKey: string; /** 1-based, within its category */ number: number; of: number }
	| { kind: 'plan'; categoryKey: string }
	| { kind: 'questions' };

/**
 * The cards of a table's step 3, in the order the seed's worksheet asks for them: per category
 * every factor, then its priority and action points; the institution's own questions last.
 *
 * @example
 * phoneCards([{ categoryKey: 'strategie', factorKeys: ['doelen', 'beleid'] }], 1).length; // 4
 */
export function phoneCards(sheets: readonly { categoryKey: string; factorKeys: readonly string[] }[], ownQuestions: number): PhoneCard[] {
	const cards: PhoneCard[] = [];
	for (const { categoryKey, factorKeys } of sheets) {
		factorKeys.forEach((factorKey, i) => cards.push({ kind: 'factor', categoryKey, factorKey, number: i + 1, of: factorKeys.length }));
		cards.push({ kind: 'plan', categoryKey });
	}
	if (ownQuestions > 0) cards.push({ kind: 'questions' });
	return cards;
}

/** The card a `?card=` value points at (1-based), as an index; anything else is the first card. */
export function cardIndex(cards: readonly PhoneCard[], param: string | null): number {
	const n = param !== null && /^\d{1,4}$/.test(param) ? Number(param) : 1;
	return Math.min(Math.max(n, 1), Math.max(cards.length, 1)) - 1;
}
