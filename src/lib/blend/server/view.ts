/**
 * What a design's page shows — and its read-only page and its exports — computed once from the
 * stored design: the blend (`summariseBlend`), its figures as SVG with their words, the hints that
 * fire with the toolkit products they point to, and the principles with the team's answers.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { Language } from '$lib/i18n';
import { summariseBlend } from '$lib/blend/design';
import { hintsFor } from '$lib/blend/hints';
import { hintRulesFor, principlesFor } from './content';
import { LEARNING_TYPES } from '$lib/blend/learning-types';
import { loadText } from '$lib/blend/describe';
import { weeksText } from '$lib/blend/design-input';
import { blendBloemSvg, environmentShares, learningTypeShares, shareBarsSvg, sharesText, synchronyShares, timelineSvg, timelineText } from '$lib/blend/figures';
import { messages } from '$lib/i18n';
import { openDesign, type CourseDesignRecord } from './designs';

export async function designView(db: Kysely<Database>, record: CourseDesignRecord, language: Language) {
	const open = await openDesign(db, record);
	const { content, environments } = open;
	const summary = summariseBlend(open.design, environments.map((e) => e.id));
	const f = messages(language).blend.figures;
	const envShares = environmentShares(summary, environments, language);
	const typeShares = learningTypeShares(summary, language);
	const syncShares = synchronyShares(summary, language);
	const titleOf = new Map(open.activities.map((a) => [a.id, a.title]));
	const productTitle = (key: string) => content.products.find((p) => p.key === key)?.title[language];
	const [{ rules }, { principles }] = await Promise.all([hintRulesFor(db, record.institutionId, content), principlesFor(db, record.institutionId)]);
	return {
		design: {
			id: record.id,
			title: record.title,
			unitId: record.unitId,
			unitName: record.unitName,
			period: record.period,
			studyLoad: record.studyLoad,
			weeks: record.weeks,
			revision: record.revision,
			hasReadLink: record.hasReadLink,
			updatedAt: record.updatedAt
		},
		outcomes: open.design.outcomes,
		activities: open.activities.map((a) => ({ ...a, weeksText: weeksText(a.weeks) })),
		environments: environments.map((e) => ({ id: e.id, name: e.name[language] })),
		learningTypes: LEARNING_TYPES.map((t) => ({ id: t.id, name: t.name[language], description: t.description[language] })),
		load: { ...summary.load, text: loadText(summary.load, language) },
		figures: {
			bloem: { svg: blendBloemSvg(summary, environments, language), text: sharesText(envShares, language) },
			learningTypes: { title: f.learningTypesTitle, svg: shareBarsSvg(typeShares, f.learningTypesTitle, language, 'blend-types'), text: sharesText(typeShares, language) },
			synchrony: { title: f.synchronyTitle, svg: shareBarsSvg(syncShares, f.synchronyTitle, language, 'blend-sync'), text: sharesText(syncShares, language) },
			timeline: { title: f.timelineTitle, svg: timelineSvg(summary.timeline, environments, language), text: timelineText(summary.timeline, environments, language) }
		},
		shares: { environments: envShares, learningTypes: typeShares, synchrony: syncShares },
		coverage: summary.outcomes.map((c) => ({ outcome: c.outcome, activities: c.activityIds.map((id) => titleOf.get(id) ?? ''), hours: c.hours })),
		unlinked: summary.unlinkedActivities.map((a) => a.title),
		outsideWeeks: summary.activitiesOutsideWeeks.map((a) => a.title),
		hints: hintsFor(rules, open.design.activities).map((rule) => ({
			id: rule.id,
			message: rule.message[language],
			products: rule.products.flatMap((key) => {
				const title = productTitle(key);
				return title ? [{ key, title }] : [];
			})
		})),
		principles: principles.map((p) => {
			const answer = open.answers.find((a) => a.principleKey === p.key);
			return { key: p.key, title: p.title[language], question: p.question[language], answer: answer?.text ?? '', revision: answer?.revision ?? 0 };
		})
	};
}

export type DesignView = Awaited<ReturnType<typeof designView>>;
