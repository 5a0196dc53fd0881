/**
 * How a category's plenary is laid out on the projector, which never scrolls: the presenting
 * table's chart, the priority and the action points, on as many pages as the text needs. The
 * leader's page and the projector both ask here, so "deel 2 van 3" means the same on both.
 *
 * The screen is not measured (the server decides, and every projector differs): the text is
 * counted in lines of a conservative width instead. The projector's type scales with the screen's
 * height (see the projector page), so a line holds about the same number of characters on
 * 1920×1080 as on 1280×720.
 *
 * @example
 * const pages = plenaryPages({ groups, priority, actionPoints });
 * pages[state.screenPage] ?? pages.at(-1);
 */

/** Characters per line in the right-hand column of the projector at its type size (measured: ~62; kept lower to be safe). */
export const CHARS_PER_LINE = 48;
/** Lines of text the right-hand column holds under the step's heading (measured: ~20). */
export const LINES_PER_PAGE = 16;

export interface PlenaryPageInput {
	groups: readonly { key: string; inPlan: boolean }[];
	priority: { factorName: string; reason: string } | null;
	actionPoints: readonly { id: string; text: string; owner: string; dueDate: string | null; successCriterion: string }[];
}

export interface PlenaryPage {
	/** The table whose chart is on this page. */
	groupKey: string | null;
	/** Whether the priority and its reason are on this page (the first page of the table in the plan). */
	priority: boolean;
	/** The action points on this page, by id, in the plan's order. */
	pointIds: string[];
}

/** Lines a text takes when wrapped at `width` characters: each paragraph at least one. */
export function lineCount(text: string, width = CHARS_PER_LINE): number {
	return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.trim().length / width)), 0);
}

/**
 * The pages of a category's plenary: the table in the plan first, with the priority and as many
 * action points as fit, then the rest of the points with that table's chart again, then one page
 * per other table that worked on the category. A single point longer than a page gets a page of
 * its own (the projector then cuts it; a point is at most a few lines in practice).
 */
export function plenaryPages(view: PlenaryPageInput, linesPerPage = LINES_PER_PAGE): PlenaryPage[] {
	const main = view.groups.find((g) => g.inPlan) ?? view.groups[0] ?? null;
	const pages: PlenaryPage[] = [];
	// Heading "Hoogste prioriteit", the factor, its reason; then the heading "Actiepunten".
	let used = view.priority ? 2 + lineCount(view.priority.factorName) + (view.priority.reason ? lineCount(view.priority.reason) : 0) : 2;
	used += 1;
	let page: PlenaryPage = { groupKey: main?.key ?? null, priority: true, pointIds: [] };
	for (const point of view.actionPoints) {
		const meta = point.owner || point.dueDate ? 1 : 0;
		const lines = lineCount(point.text) + meta + (point.successCriterion ? lineCount(point.successCriterion) : 0);
		if (used + lines > linesPerPage && page.pointIds.length > 0) {
			pages.push(page);
			page = { groupKey: main?.key ?? null, priority: false, pointIds: [] };
			used = 1;
		}
		page.pointIds.push(point.id);
		used += lines;
	}
	pages.push(page);
	for (const group of view.groups) {
		if (group !== main) pages.push({ groupKey: group.key, priority: false, pointIds: [] });
	}
	return pages;
}

/** The page the projector shows for the leader's `screenPage`: past the end (points were removed), the last. */
export function pageShown<T>(pages: readonly T[], screenPage: number): { page: T; index: number } {
	const index = Math.max(0, Math.min(screenPage, pages.length - 1));
	return { page: pages[index]!, index };
}
