import { describe, expect, it } from 'vitest';
import { hintRulesSchema, hintsFor, holds, measure, type Condition, type HintRule } from './hints';
import { DEFAULT_HINT_RULES } from './data/hint-rules';
import { DESIGN_TEMPLATES } from './data/templates';
import type { Activity } from './design';
import { products } from '$lib/toolkit/data/products';

const ENVIRONMENTS = ['online', 'campus', 'werkplek', 'samenleving'];

function activity(over: Partial<Activity>): Activity {
	return {
		id: Math.random().toString(36).slice(2),
		title: 'x',
		outcomeIds: [],
		environment: 'online',
		synchrony: 'async',
		grouping: 'individual',
		learningType: 'acquisition',
		weeks: [1],
		hours: 1,
		teacherRole: 'none',
		notes: '',
		...over
	};
}

const [first, second] = DEFAULT_HINT_RULES as [HintRule, HintRule, ...HintRule[]];
const fired = (activities: Activity[]) => hintsFor(DEFAULT_HINT_RULES, activities).map((r) => r.id);

describe('measures', () => {
	const activities = [
		activity({ environment: 'campus', learningType: 'acquisition', hours: 3 }),
		activity({ environment: 'campus', learningType: 'discussion', hours: 1, grouping: 'group' }),
		activity({ environment: 'online', hours: 4 })
	];

	it('measures hours, activities and shares of the activities a selector picks', () => {
		expect(measure({ hours: { environments: ['campus'] } }, activities)).toBe(4);
		expect(measure({ activities: { grouping: ['group'] } }, activities)).toBe(1);
		expect(measure({ share: { learningTypes: ['acquisition'] }, of: { environments: ['campus'] } }, activities)).toBe(0.75);
		expect(measure({ share: { environments: ['online'] } }, activities)).toBe(0.5);
	});

	it('has no share of nothing, so a rule about campus time does not fire without campus time', () => {
		expect(measure({ share: { learningTypes: ['acquisition'] }, of: { environments: ['werkplek'] } }, activities)).toBeNull();
		expect(holds({ measure: { share: {}, of: { environments: ['werkplek'] } }, atMost: 1 }, activities)).toBe(false);
	});

	it('combines conditions with all, any and not, and checks every bound', () => {
		const campus: Condition = { measure: { hours: { environments: ['campus'] } }, atLeast: 4 };
		const society: Condition = { measure: { hours: { environments: ['samenleving'] } }, moreThan: 0 };
		expect(holds({ all: [campus, society] }, activities)).toBe(false);
		expect(holds({ any: [campus, society] }, activities)).toBe(true);
		expect(holds({ not: society }, activities)).toBe(true);
		expect(holds({ measure: { hours: {} }, lessThan: 8 }, activities)).toBe(false);
		expect(holds({ measure: { hours: {} }, atMost: 8 }, activities)).toBe(true);
	});
});

describe('the default hints', () => {
	it('say nothing about a design without activities', () => {
		expect(fired([])).toEqual([]);
	});

	it('say that campus time spent on lectures is better spent on interactive work', () => {
		const lecture = activity({ environment: 'campus', learningType: 'acquisition', synchrony: 'sync', hours: 6 });
		expect(fired([lecture, activity({ environment: 'campus', learningType: 'practice', hours: 2 })])).toContain('campus-vooral-kennis-opnemen');
		expect(fired([lecture, activity({ environment: 'campus', learningType: 'practice', hours: 7 })])).not.toContain('campus-vooral-kennis-opnemen');
	});

	it('say there is no moment of feedback online, until there is practice online or the teacher gives feedback there', () => {
		const design = [activity({ environment: 'online', learningType: 'acquisition' }), activity({ environment: 'campus', learningType: 'practice' })];
		expect(fired(design)).toContain('online-geen-feedback');
		expect(fired([...design, activity({ environment: 'online', learningType: 'practice' })])).not.toContain('online-geen-feedback');
		expect(fired([...design, activity({ environment: 'online', teacherRole: 'feedback' })])).not.toContain('online-geen-feedback');
		expect(fired([activity({ environment: 'campus' })])).not.toContain('online-geen-feedback');
	});

	it('point to socialisation when everyone works alone online', () => {
		const rules = hintsFor(DEFAULT_HINT_RULES, [activity({ environment: 'online' })]);
		const rule = rules.find((r) => r.id === 'online-alleen-individueel');
		expect(rule?.products).toEqual(['socialiseren']);
		expect(fired([activity({ environment: 'online', grouping: 'group' })])).not.toContain('online-alleen-individueel');
	});

	it('notice a design that never leaves the institution, and one that is almost all synchronous', () => {
		const inside = [activity({ environment: 'campus', synchrony: 'sync', hours: 19 }), activity({ environment: 'online', synchrony: 'async', hours: 1 })];
		expect(fired(inside)).toEqual(expect.arrayContaining(['geen-werkplek-of-samenleving', 'bijna-alles-synchroon']));
		inside.push(activity({ environment: 'werkplek', synchrony: 'async', hours: 3 }));
		expect(fired(inside)).not.toContain('geen-werkplek-of-samenleving');
		expect(fired(inside)).not.toContain('bijna-alles-synchroon');
	});

	it('notice when students make nothing and never work together', () => {
		const ids = fired([activity({ learningType: 'inquiry' })]);
		expect(ids).toEqual(expect.arrayContaining(['niets-gemaakt', 'geen-samenwerking']));
	});

	it('find nothing to say about the worked example', () => {
		expect(fired(DESIGN_TEMPLATES.find((t) => t.key === 'voorbeeld-onderzoek')!.design.nl.activities)).toEqual([]);
	});
});

describe('the rules file', () => {
	const schema = hintRulesSchema(ENVIRONMENTS, products.map((p) => p.key));

	it('accepts the default rules: every environment and product they name exists', () => {
		const result = schema.safeParse(DEFAULT_HINT_RULES);
		expect(result.error?.issues ?? []).toEqual([]);
	});

	it('refuses a rule that names a product or environment that does not exist, with where', () => {
		const rule: HintRule = { ...first, products: ['bestaat-niet'] };
		const wrongPlace: HintRule = { ...second, id: 'x', when: { measure: { hours: { environments: ['maan'] } }, moreThan: 0 } };
		const issues = schema.safeParse([rule, wrongPlace]).error!.issues;
		expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['0.products', 'there is no product "bestaat-niet"'],
			['1.when', 'there is no environment "maan"']
		]);
	});

	it('refuses twice the same id, a measure without bounds and an unknown learning type', () => {
		expect(schema.safeParse([first, first]).success).toBe(false);
		const noBound = { ...first, when: { measure: { hours: {} } } };
		expect(schema.safeParse([noBound]).success).toBe(false);
		const unknownType = { ...first, when: { measure: { hours: { learningTypes: ['lecturing'] } }, moreThan: 0 } };
		expect(schema.safeParse([unknownType]).success).toBe(false);
	});

	it('gives every default rule a Dutch and an English message', () => {
		for (const rule of DEFAULT_HINT_RULES) {
			expect(rule.message.nl.length).toBeGreaterThan(20);
			expect(rule.message.en.length).toBeGreaterThan(20);
		}
	});
});
