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
