/**
 * A hand-written action plan for the export tests: two categories, rows with a gap, no gap, a
 * negative gap, "weet ik niet" and not answered, priorities and action points — with hostile and
 * non-Latin text in several fields, so every export test also proves that such text stays inert.
 */
import { messages, type Language } from '$lib/i18n';
import { buildPlanDocument, phaseLabel, scopeLabel, type PlanDocument, type PlanDocumentRow } from '$lib/plan/plan-document';
import { gap, sortByGap, type FactorAnswer, type PhaseAnswer } from '$lib/scan/scan';
import type { ActionPoint, ActionStatus } from '$lib/plan/action-plan';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';

export const HOSTILE = {
	script: '<script>alert(1)</script>',
	hyperlink: '=HYPERLINK("http://x")',
	plus: "+cmd|' /C calc'!A0",
	at: '@SUM(1+1)',
	minus: '-2+3 omdat het moet',
	tab: '\t=1+1',
	fullWidth: '＝1+1',
	unicode: 'Café ë € ŀl Zażółć gęślą jaźń Ελληνικά',
	/** A C0 control character, which XML cannot hold; exports must drop it, not break. */
	control: 'Bel\u0007 de decaan'
} as const;

type Bilingual = Record<Language, string>;

const categories: { key: string; name: Bilingual }[] = [
	{ key: 'visie', name: { nl: 'Visie & "beleid" <b>', en: 'Vision & "policy" <b>' } },
	{ key: 'organisatie', name: { nl: 'Organisatie', en: 'Organisation' } }
];

const factors: {
	categoryKey: string;
	key: string;
	name: Bilingual;
	current: PhaseAnswer;
	desired: PhaseAnswer;
	needed: string;
}[] = [
	{
		categoryKey: 'visie',
		key: 'onderwijsvisie',
		name: { nl: 'Onderwijsvisie', en: 'Educational vision' },
		current: 1,
		desired: 3,
		needed: HOSTILE.hyperlink
	},
	{
		categoryKey: 'visie',
		key: 'script',
		name: { nl: HOSTILE.script, en: HOSTILE.script },
		current: 2,
		desired: 2,
		needed: HOSTILE.plus
	},
	{
		categoryKey: 'visie',
		key: 'unicode',
		name: { nl: HOSTILE.unicode, en: HOSTILE.unicode },
		current: 'unknown',
		desired: 3,
		needed: ''
	},
	{
		categoryKey: 'organisatie',
		key: 'ondersteuning',
		name: { nl: 'Ondersteuning van docenten', en: 'Support for teachers' },
		current: null,
		desired: null,
		needed: ''
	},
	{
		categoryKey: 'organisatie',
		key: 'leeromgeving',
		name: {
			nl: 'Fysieke en digitale leeromgeving, faciliteiten en ICT-infrastructuur voor blended onderwijs',
			en: 'Physical and digital learning environment, facilities and IT infrastructure for blended learning'
		},
		current: 3,
		desired: 2,
		needed: `Meer ruimtes met goede audio.\nTweede regel: ${HOSTILE.control}`
	},
	{
		categoryKey: 'organisatie',
		key: 'tijd',
		name: { nl: 'Tijd en ruimte', en: 'Time and space' },
		current: 1,
		desired: 2,
		needed: HOSTILE.at
	}
];

function nameOf(key: string, language: Language): string {
	const factor = factors.find((f) => f.key === key);
	if (!factor) throw new Error(`no factor ${key} in the fixture`);
	return factor.name[language];
}

function categoryName(key: string, language: Language): string {
	return categories.find((c) => c.key === key)!.name[language];
}

/** The fixture plan in one language. `title` lets a test vary the title (file names). */
export function planFixture(language: Language = 'nl', title?: string): PlanDocument {
	const m = messages(language);
	const rows: PlanDocumentRow[] = factors.map((factor) => ({
		categoryKey: factor.categoryKey,
		categoryName: categoryName(factor.categoryKey, language),
		factorKey: factor.key,
		factorName: factor.name[language],
		current: factor.current,
		desired: factor.desired,
		currentLabel: phaseLabel(factor.current, language),
		desiredLabel: phaseLabel(factor.desired, language),
		gap: gap({ factorKey: factor.key, current: factor.current, desired: factor.desired, needed: factor.needed }),
		needed: factor.needed
	}));
	const byKey = new Map(rows.map((row) => [row.factorKey, row]));
	const actionPoint = (
		id: string,
		categoryKey: string,
		text: string,
		factorKeys: string[],
		owner: string,
		dueDate: string | null,
		status: ActionStatus,
		successCriterion = ''
	) => ({
		id,
		categoryKey,
		categoryName: categoryName(categoryKey, language),
		text,
		factorNames: factorKeys.map((key) => nameOf(key, language)),
		owner,
		dueDate,
		status,
		statusLabel: m.plan.status[status],
		successCriterion
	});
	return {
		language,
		title: title ?? (language === 'nl' ? 'Actieplan Hogeschool <Test> & "Co"' : 'Action plan University <Test> & "Co"'),
		institutionName: 'Hogeschool Voorbeeld & Zn.',
		scopeLabel: scopeLabel('programme', 'Bachelor Ελληνικά', 'Hogeschool Voorbeeld & Zn.', language),
		instrumentTitle: language === 'nl' ? 'Blend je onderwijs' : 'Blend your education',
		instrumentVersion: 1,
		generatedAt: '2025-01-31T10:00:00.000Z',
		rows,
		rowsByGap: sortByGap(rows).map((row) => byKey.get(row.factorKey)!),
		categories: categories.map((c) => ({ key: c.key, name: c.name[language], missingActionPoints: 1 })),
		priorities: [
			{
				categoryKey: 'visie',
				categoryName: categoryName('visie', language),
				factorKey: 'script',
				factorName: nameOf('script', language),
				reason: HOSTILE.minus
			},
			{
				categoryKey: 'organisatie',
				categoryName: categoryName('organisatie', language),
				factorKey: 'leeromgeving',
				factorName: nameOf('leeromgeving', language),
				reason: `${HOSTILE.tab} ${HOSTILE.unicode}`
			}
		],
		actionPoints: [
			actionPoint('ap-1', 'visie', HOSTILE.hyperlink, ['onderwijsvisie', 'script'], '@eigenaar', '2025-03-01', 'open', `Vastgesteld door het MT ${HOSTILE.script}`),
			actionPoint(
				'ap-2',
				'visie',
				`Studiedag over de ${HOSTILE.script} visie & "blended" onderwijs`,
				['onderwijsvisie'],
				'Jan de Vries',
				null,
				'in_progress',
				HOSTILE.plus
			),
			actionPoint(
				'ap-3',
				'organisatie',
				`Budget € 5.000 aanvragen\nTweede regel: ${HOSTILE.unicode}`,
				['tijd', 'leeromgeving'],
				HOSTILE.fullWidth,
				'2025-06-30',
				'done'
			),
			actionPoint('ap-4', 'organisatie', HOSTILE.control, [], '', null, 'dropped')
		],
		ownQuestions: [
			{ key: 'eigen-accent', question: `Wat maakt onze aanpak eigen? ${HOSTILE.script}`, answer: HOSTILE.hyperlink },
			{ key: 'regio', question: 'Hoe ver zijn we met de regio?', answer: '2 · Adoptie/vroege implementatie' }
		]
	};
}

/** A plan with no rows, priorities or action points: every export must still produce a valid file. */
export function emptyPlanFixture(language: Language = 'nl'): PlanDocument {
	return {
		...planFixture(language, ''),
		rows: [],
		rowsByGap: [],
		categories: [],
		priorities: [],
		actionPoints: [],
		ownQuestions: []
	};
}

/**
 * The fixture plan as a workshop's: with step 5's answers (look back, then look ahead), one of
 * them hostile and on two lines. A scan's or survey's plan has none.
 */
export function workshopPlanFixture(language: Language = 'nl'): PlanDocument {
	const m = messages(language).workshop;
	return {
		...planFixture(language),
		reflections: [
			{ key: 'experience', part: m.lookBack.title, question: m.lookBack.questions.experience, answer: `Intensief maar nuttig.\nTweede regel: ${HOSTILE.unicode}` },
			{ key: 'insight', part: m.lookBack.title, question: m.lookBack.questions.insight, answer: HOSTILE.hyperlink },
			{ key: 'actionPlan', part: m.lookAhead.title, question: m.lookAhead.questions.actionPlan, answer: `Ja, de werkgroep ${HOSTILE.script}` }
		]
	};
}

/**
 * A plan as a programme team would make it with the real instrument: all 15 factors answered,
 * a priority with a reason per category, and action points with the long Dutch words and role
 * names that narrow columns used to break ("Opleidingsmanager", "Onderwijsontwikkelaars").
 * For the layout tests and for looking at the pages.
 */
export function realisticPlan(language: Language = 'nl', options: { workshop?: boolean; people?: number } = {}): PlanDocument {
	const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
	const keys = factorsOf(instrument).map(({ factor }) => factor.key);
	const answers = new Map<string, FactorAnswer>(
		keys.map((factorKey, i) => [
			factorKey,
			{
				factorKey,
				current: i === 4 ? 'unknown' : (((i * 7) % 3) + 1) as 1 | 2 | 3,
				desired: i === 9 ? null : (Math.min(3, ((i * 7) % 3) + 1 + (i % 2)) as 1 | 2 | 3),
				needed: i % 3 === 0 ? 'Een gedeelde onderwijsvisie, professionaliseringsbudget en tijd voor onderwijsontwikkelaars.' : ''
			}
		])
	);
	const point = (position: number, categoryKey: string, text: string, factorKeys: string[], owner: string, dueDate: string | null, successCriterion = ''): ActionPoint => ({
		id: `p${position}`,
		categoryKey,
		text,
		factorKeys,
		owner,
		dueDate,
		status: (['open', 'in_progress', 'done'] as const)[position % 3]!,
		successCriterion,
		position
	});
	const doc = buildPlanDocument({
		language,
		instrument,
		title: language === 'nl' ? 'Actieplan Bachelor Verpleegkunde' : 'Action plan Bachelor of Nursing',
		institutionName: 'Hogeschool Rijnmond-Oost',
		level: 'programme',
		unitName: 'Bachelor Verpleegkunde',
		answers,
		priorities: [
			{ categoryKey: 'strategie', factorKey: 'beleid', reason: 'Zonder vastgesteld beleid blijft blended onderwijs afhankelijk van enkele enthousiaste docenten.' },
			{ categoryKey: 'structuur', factorKey: 'onderwijslogistiek', reason: 'Roosters en toetsmomenten sluiten nog niet aan op online onderdelen.' },
			{ categoryKey: 'support', factorKey: 'professionalisering', reason: 'Docenten vragen om scholing in het ontwerpen van activerende online werkvormen.' }
		],
		actionPoints: [
			point(1, 'strategie', 'Beleidsnotitie blended onderwijs schrijven en laten vaststellen door de opleidingscommissie', ['beleid', 'doelstellingen'], 'Opleidingsmanager', '2026-12-07', 'Notitie vastgesteld door het managementteam'),
			point(2, 'strategie', 'Onderwijsvisie bespreken in de teamdag', ['definitie'], 'Teamleider onderwijs', '2027-01-15'),
			point(3, 'strategie', 'Studentenpanel vragen naar ervaringen', [], 'Kwaliteitszorgmedewerker', null),
			point(4, 'structuur', 'Roosterafspraken voor online onderwijsactiviteiten maken', ['onderwijslogistiek'], 'Roostermaker en onderwijscoördinator', '2027-02-01', 'Elk blok heeft vaste online momenten'),
			point(5, 'structuur', 'Ruimtes met goede audio- en videovoorzieningen inventariseren', ['onderwijsruimtes', 'infrastructuur'], 'Facilitair', '2027-03-31'),
			point(6, 'structuur', 'Evaluatie van blended cursussen opnemen in de kwaliteitscyclus', ['evaluatie'], 'Opleidingsmanager', '2027-06-30'),
			point(7, 'support', 'Scholingsprogramma activerende online werkvormen inkopen', ['professionalisering'], 'Onderwijsontwikkelaars', '2027-04-15', 'Twintig docenten hebben de scholing gevolgd'),
			point(8, 'support', 'Spreekuur didactische ondersteuning instellen', ['didactische-ondersteuning'], 'Onderwijskundig adviseur', '2027-01-31'),
			point(9, 'support', 'Erkenning voor docenten die blended cursussen ontwikkelen', ['stimuleringsstructuur'], 'Directeur', '2027-09-01')
		],
		generatedAt: new Date('2026-12-07T09:30:00Z')
	});
	return options.people === undefined ? doc : { ...doc, people: { kind: options.workshop ? 'participants' : 'respondents', count: options.people } };
}
