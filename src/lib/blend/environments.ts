/**
 * The learning environments a design can use: the petals of the Blended Leren Bloem as the
 * institution's toolkit content has them (an admin may rename or add petals), so the designer, the
 * toolkit's knowledge page and its figure always name them alike.
 */
import type { Localised } from '$lib/i18n';
import type { Content } from '$lib/toolkit/schema';

export interface Environment {
	id: string;
	name: Localised;
	description: Localised;
}

/** The Bloem's petals from the content's knowledge pages (the first `flower` block). */
export function environmentsOf(content: Pick<Content, 'knowledge'>): Environment[] {
	for (const page of content.knowledge)
		for (const block of page.body) if (block.kind === 'flower') return block.petals.map((p) => ({ id: p.id, name: p.name, description: p.description }));
	return [];
}
