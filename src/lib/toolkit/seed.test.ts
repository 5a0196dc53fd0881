/**
 * The shipped content against the seeds it is written from (copies in ./sources). The product
 * overview and the route planners are parsed here on their own terms — field labels, the planners'
 * capitalised step headings — and compared with the data, so a product or step left out, renumbered
 * or given another audience, form, time or level fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factorsOf } from '$lib/instrument/schema';
import { defaultInstrument } from '$lib/instrument';
import {
	AUDIENCES,
	defaultContent,
	findProduct,
	helpForFactor,
	knowledgeItemsOf,
	type Audience,
	type Content,
	type Form,
	type Level,
	type Route
} from './index';

const read = (file: string) => readFileSync(new URL(`./sources/${file}`, import.meta.url), 'utf8');
const leeswijzer = read('leeswijzer-seed.txt');
const review = read('transitie-review-seed.txt');
const hanNote = read('han-notitie-seed.txt');

const content = defaultContent();

/**
 * Undoes the extraction's line breaks: a word hyphenated across lines ("onder-\nsteunende",
 * "onder - \n steunende") is rejoined without the hyphen; all other whitespace becomes one space.
 */
function normalise(text: string): string {
	return text
		.replace(/\s?-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Also without spaces and in lower case: the planners' layout splits words ("gespreks  kaarten", "voor beelden"). */
function compact(text: string): string {
	return normalise(text).replace(/\s+/g, '').toLocaleLowerCase('nl');
}

function between(text: string, start: string, end: string): string {
	const from = text.indexOf(start);
	const to = text.indexOf(end, from + start.length);
	if (from < 0 || to < 0) throw new Error(`seed section "${start}" … "${end}" not found`);
	return text.slice(from, to);
}

// ---------------------------------------------------------------------------------------------
// The product overview, parsed from the seed
// ---------------------------------------------------------------------------------------------

interface SeedProduct {
	number: number;
	text: string;
	doelgroep: string;
	vorm: string;
	tijd: string;
	niveau: Level[];
}

function parseOverview(): SeedProduct[] {
	const overview = between(leeswijzer, 'Productoverzicht', 'Afsluiting');
	const headers = [...overview.matchAll(/^[ \t]*(\d{1,2}) \p{Lu}/gmu)];
	return headers.map((header, h) => {
		const text = normalise(overview.slice(header.index, headers[h + 1]?.index ?? overview.length));
		const fields = text.match(/ Doelgroep: (.+?) Vorm: (.+?) Tijd: (.+?) Niveau: (.+)$/);
		if (!fields) throw new Error(`product ${header[1]}: no Doelgroep/Vorm/Tijd/Niveau in "${text}"`);
		const niveau = fields[4]!.match(/^(?:(?:cursus|programma|instelling)(?:,? en |, | |$))+/i);
		if (!niveau) throw new Error(`product ${header[1]}: no level in "${fields[4]}"`);
		const LEVEL: Record<string, Level> = { cursus: 'course', programma: 'programme', instelling: 'institution' };
		return {
			number: Number(header[1]),
			text,
			doelgroep: fields[1]!,
			vorm: fields[2]!,
			tijd: fields[3]!,
			niveau: niveau[0].toLowerCase().match(/cursus|programma|instelling/g)!.map((word) => LEVEL[word]!)
		};
	});
}

/** The seed's doelgroep words, read into the three audiences (see the comment in data/products.ts). */
function audiencesIn(doelgroep: string): Audience[] {
	if (/^alle$/i.test(doelgroep)) return [...AUDIENCES];
	const found = new Set<Audience>();
	if (/docent/i.test(doelgroep)) found.add('teacher');
	if (/ondersteunende diensten|logistieke diensten|onderwijskundig adviseurs|huisvestingsmanagers/i.test(doelgroep)) found.add('support');
	if (/\bmanagers\b|managementlaag/i.test(doelgroep)) found.add('management');
	return [...found];
}

const FORM_WORDS: Record<string, Form> = {
	poster: 'poster',
	gesprekskaarten: 'conversation-cards',
	workshop: 'workshop',
	werkvormen: 'activities',
	informatie: 'information',
	werkbladen: 'worksheets',
	powerpoints: 'slides',
	infographic: 'infographic',
	infographics: 'infographic',
	stappenplannen: 'step-by-step-plans',
	voorbeelden: 'examples',
	ontwerpkaarten: 'design-cards',
	instrument: 'instrument',
	raamwerk: 'framework',
	scoringsformulier: 'scoring-form',
	gids: 'guide',
	bronnenoverzicht: 'source-overview',
	rubriek: 'rubric',
	zelfscan: 'self-scan',
	praatplaten: 'discussion-posters'
};

function formsIn(vorm: string): Form[] {
	return vorm
		.toLowerCase()
		.replace(/^interactieve /, '')
		.split(/,| en | \+ | met /)
		.map((word) => word.trim())
		.map((word) => {
			const form = FORM_WORDS[word];
			if (!form) throw new Error(`the seed's form "${word}" has no form key`);
			return form;
		});
}

function minutesIn(tijd: string): [number, number] | null {
	if (/^variabel$/i.test(tijd)) return null;
	const match = tijd.match(/^(\d+)(?:-(\d+))? (min\.|minuten|uur)/);
	if (!match) throw new Error(`unreadable time "${tijd}"`);
	const factor = match[3] === 'uur' ? 60 : 1;
	return [Number(match[1]) * factor, Number(match[2] ?? match[1]) * factor];
}

const sorted = <T>(values: Iterable<T>) => [...values].sort();

describe('the default catalogue', () => {
	const seedProducts = parseOverview();

	it('lists exactly the fifteen products of the seed’s overview, numbered 1 to 15', () => {
		expect(seedProducts.map((p) => p.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
		expect(content.products.map((p) => p.number)).toEqual(seedProducts.map((p) => p.number));
	});

	it('gives each product the title the seed gives it under its number', () => {
		for (const product of content.products) {
			const seed = seedProducts.find((p) => p.number === product.number)!;
			expect(seed.text.startsWith(`${product.number} ${product.title.nl} `), `${product.number} ${product.title.nl}`).toBe(true);
		}
	});

	it('keeps the seed’s own wording of audience, form and time for each product', () => {
		for (const product of content.products) {
			const seed = seedProducts.find((p) => p.number === product.number)!;
			expect([product.audienceText.nl, product.formText.nl, product.time.text.nl], product.key).toEqual([
				seed.doelgroep,
				seed.vorm,
				seed.tijd
			]);
		}
	});

	it('reads each product’s audience, form, time and level from the seed’s overview', () => {
		for (const product of content.products) {
			const seed = seedProducts.find((p) => p.number === product.number)!;
			expect(sorted(product.audience), `${product.key} audience`).toEqual(sorted(audiencesIn(seed.doelgroep)));
			expect(sorted(product.form), `${product.key} form`).toEqual(sorted(new Set(formsIn(seed.vorm))));
			expect(product.time.minutes, `${product.key} minutes`).toEqual(minutesIn(seed.tijd));
			expect(product.level, `${product.key} level`).toEqual(seed.niveau);
		}
	});

	it('has the facts named in the issue: the workshop is product 14, two to three hours, for management and support', () => {
		const workshop = findProduct(content, 'implementatie-actieplan')!;
		expect(workshop.number).toBe(14);
		expect(workshop.time).toEqual({ text: { nl: '2-3 uur', en: '2-3 hours' }, minutes: [120, 180] });
		expect(sorted(workshop.audience)).toEqual(['management', 'support']);
		expect(workshop.level).toEqual(['institution']);
	});

	it('records in notes what the seed leaves open, rather than filling it in', () => {
		const notes = (key: string) => findProduct(content, key)!.notes.map((note) => note.en).join(' ');
		expect(notes('ontwerpen-onderwijsruimtes')).toMatch(/interior architects/);
		expect(notes('gedeelde-taal')).toMatch(/no time for the poster/);
		expect(notes('veranderstrategieen')).toMatch(/infographics/);
	});
});

// ---------------------------------------------------------------------------------------------
// The route planners, parsed from the seed
// ---------------------------------------------------------------------------------------------

/** The planner pages, from the first planner's first step to the product overview. */
const PLANNER_SECTIONS: Record<Audience, string> = {
	teacher: between(leeswijzer, 'ONTWERPMETHODIEKEN', 'Routeplanner voor de ondersteunende dienst'),
	support: between(leeswijzer, 'Routeplanner voor de ondersteunende dienst', 'Routeplanner voor de manager'),
	management: between(leeswijzer, 'Routeplanner voor de manager', 'Productoverzicht')
};

/** Each planner step's heading, in capitals in the seed, read as a product number. */
const HEADING_PRODUCT: Record<string, number> = {
	'GEDEELDE TAAL': 1,
	'VISIE OP ONDERWIJS': 2,
	'BEGINNEN MET BLENDED LEREN': 3,
	ONTWERPMETHODIEKEN: 4,
	'GA HET GESPREK AAN': 5,
	SOCIALISERING: 6,
	'ACTIVERENDE WERKVORMEN': 7,
	'ONTWERPEN VAN RUIMTES': 8,
	'FYSIEKE LEEROMGEVING': 9,
	'OVERZICHT VAN RUIMTES': 9,
	'SCOOR DE LEEROMGEVING': 10,
	'DIGITALE LEEROMGEVING': 11,
	TOOLS: 12,
	VOORBEELDEN: 13,
	IMPLEMENTATIE: 14,
	'VERANDER STRATEGIEËN': 15
};

/** Runs of lines in capitals only ("BEGINNEN MET BLENDED \nLEREN" is one heading); "WAT IS ER NOG MEER?" is not a step. */
function headingsIn(section: string): string[] {
	const headings: string[] = [];
	let current: string[] = [];
	for (const line of section.split('\n').map((l) => l.trim())) {
		if (/^[\p{Lu} ]{3,}$/u.test(line)) current.push(line);
		else if (current.length) {
			headings.push(current.join(' ').replace(/\s+/g, ' '));
			current = [];
		}
	}
	return headings;
}

/** The three slips in the seed's step texts that the data corrects (see data/routes.ts). */
function withCorrections(text: string): string {
	return normalise(text)
		.replace('een geschikt werkvorm', 'een geschikte werkvorm')
		.replace('Daarover meer in in een', 'Daarover meer in een')
		.replace('Daarover meer een', 'Daarover meer in een');
}

const numberOf = (key: string) => findProduct(content, key)!.number;
const routeFor = (audience: Audience): Route => content.routes.find((r) => r.audience === audience)!;
const position = (route: Route, key: string) => {
	const index = route.steps.findIndex((step) => step.productKey === key);
	if (index < 0) throw new Error(`${key} is not a step of the ${route.key} route`);
	return index;
};

describe('the route planners', () => {
	it('are three, for the teacher (docent), the support service (ondersteuning) and the manager (management)', () => {
		expect(content.routes.map((r) => [r.audience, r.key])).toEqual([
			['teacher', 'docent'],
			['support', 'ondersteuning'],
			['management', 'management']
		]);
	});

	for (const audience of AUDIENCES) {
		describe(`for ${audience}`, () => {
			const section = PLANNER_SECTIONS[audience];
			const headings = headingsIn(section);
			const route = routeFor(audience);

			it('hold every step the seed’s planner lists, and nothing else', () => {
				for (const heading of headings) expect(Object.keys(HEADING_PRODUCT), heading).toContain(heading);
				expect(route.steps.map((step) => numberOf(step.productKey)).sort((a, b) => a - b)).toEqual(
					headings.map((heading) => HEADING_PRODUCT[heading]!).sort((a, b) => a - b)
				);
			});

			it('give each step the planner’s heading and explanation, word for word apart from three corrected slips', () => {
				const seedText = compact(withCorrections(section));
				for (const step of route.steps) {
					const heading = headings.find((h) => compact(h) === compact(step.heading.nl));
					expect(heading, step.heading.nl).toBeDefined();
					expect(HEADING_PRODUCT[heading!], step.heading.nl).toBe(numberOf(step.productKey));
					expect(seedText, `${route.key}: ${step.heading.nl}`).toContain(compact(step.explanation.nl));
				}
			});

			it('keep the planner’s “Wat is er nog meer?” box with the seed’s words', () => {
				const seedText = compact(section);
				expect(route.alsoInToolkit.length).toBeGreaterThan(0);
				// The seed ends some of these bullets without a full stop; the data ends them all with one.
				for (const entry of route.alsoInToolkit) expect(seedText).toContain(compact(entry.text.nl).replace(/\.$/, ''));
			});

			it('begin with the definition, as the planner says to always do', () => {
				expect(route.steps[0]!.productKey).toBe('gedeelde-taal');
				expect(compact(section)).toContain(compact('Begin'));
				expect(compact(section)).toContain(compact('altijd met de definitie'));
			});

			it('explain why their steps are in this order, in Dutch and English', () => {
				expect(route.orderRationale.nl).toMatch(/verloren/);
				expect(route.orderRationale.nl).toMatch(/definitie/);
				expect(route.orderRationale.en).toMatch(/lost/);
			});
		});
	}

	it('put vision before implementation, and implementation before the change strategies', () => {
		for (const audience of ['support', 'management'] as const) {
			const route = routeFor(audience);
			expect(position(route, 'visie-ontwikkeling')).toBeLessThan(position(route, 'implementatie-actieplan'));
			expect(position(route, 'implementatie-actieplan')).toBeLessThan(position(route, 'veranderstrategieen'));
		}
	});

	it('lead the teacher from the starting situation to design methods, activities, tools and then the rooms', () => {
		const teacher = routeFor('teacher');
		const order = [
			'beginnen-met-blended-leren',
			'ontwerpmethodieken',
			'activerende-werkvormen',
			'van-doel-naar-tool',
			'digitale-leeromgeving',
			'inventarisatie-onderwijsruimtes'
		].map((key) => position(teacher, key));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(teacher.steps.at(-1)!.productKey).toBe('inventarisatie-onderwijsruimtes');
	});

	it('lead the support service from an overview of the rooms through scoring them to designing new ones', () => {
		const support = routeFor('support');
		expect(position(support, 'inventarisatie-onderwijsruimtes')).toBeLessThan(position(support, 'scoringsinstrument-onderwijsruimtes'));
		expect(position(support, 'scoringsinstrument-onderwijsruimtes')).toBeLessThan(position(support, 'ontwerpen-onderwijsruimtes'));
	});

	it('name, between the teacher’s steps and its “what else” box, all fifteen products', () => {
		const teacher = routeFor('teacher');
		const named = new Set([...teacher.steps.map((s) => s.productKey), ...teacher.alsoInToolkit.flatMap((e) => e.productKeys)]);
		expect(sorted(named)).toEqual(sorted(content.products.map((p) => p.key)));
	});

	it('include the invitation to plan one’s own route, titled as on each planner', () => {
		expect(leeswijzer.match(/Plan zelf je\s+optimale\s+route/g)).toHaveLength(3);
		expect(compact(content.ownRoute.title.nl)).toBe(compact('Plan zelf je optimale route'));
		expect(content.ownRoute.body.length).toBeGreaterThan(0);
	});
});

// ---------------------------------------------------------------------------------------------
// Knowledge
// ---------------------------------------------------------------------------------------------

function page(key: string) {
	const found = content.knowledge.find((p) => p.key === key);
	if (!found) throw new Error(`no knowledge page "${key}"`);
	return found;
}

/** Every Dutch and English text of a page, with where it is. */
function textsOf(p: Content['knowledge'][number]): Array<{ where: string; nl: string; en: string }> {
	const texts = [
		{ where: 'title', ...p.title },
		{ where: 'summary', ...p.summary }
	];
	p.body.forEach((block, b) => {
		if (block.kind === 'paragraph') texts.push({ where: `body[${b}]`, ...block.text });
		if (block.kind === 'flower') {
			texts.push({ where: `body[${b}].centre`, ...block.centre.text }, { where: `body[${b}].textAlternative`, ...block.textAlternative });
		}
		if (block.kind === 'levels') {
			for (const level of block.levels) texts.push({ where: `${level.id}.intro`, ...level.intro });
		}
	});
	for (const item of knowledgeItemsOf(p)) texts.push({ where: item.id, ...item.text }, { where: `${item.id}.title`, ...item.title });
	return texts;
}

const words = (text: string) => normalise(text).toLocaleLowerCase('nl').split(/[^\p{L}]+/u).filter(Boolean);

function ngrams(tokens: string[], n: number): Set<string> {
	const out = new Set<string>();
	for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
	return out;
}

describe('the knowledge pages', () => {
	it('tell apart blended onderwijs, didactiek and leren, and give the HAN’s definition', () => {
		const ids = knowledgeItemsOf(page('definities')).map((item) => item.id);
		expect(ids).toEqual(['blended-onderwijs', 'blended-didactiek', 'blended-leren', 'han-definitie']);
		expect(normalise(review)).toMatch(/Blended onderwijs verwijst.*Blended didactiek verwijst.*Blended leren verwijst/);
	});

	it('hold the Blended Leren Bloem as data: four petals, online, campus, werkplek and samenleving, with a text alternative', () => {
		const flower = page('blended-leren-bloem').body.find((block) => block.kind === 'flower');
		expect(flower?.kind).toBe('flower');
		if (flower?.kind !== 'flower') return;
		expect(flower.petals.map((petal) => [petal.id, petal.name.nl, petal.name.en])).toEqual([
			['online', 'Online', 'Online'],
			['campus', 'Campus', 'Campus'],
			['werkplek', 'Werkplek', 'Workplace'],
			['samenleving', 'Samenleving', 'Society']
		]);
		expect(normalise(hanNote)).toContain('(online, campus, de werkplek, de samenleving)');
		for (const petal of flower.petals) {
			expect(flower.textAlternative.nl.toLowerCase()).toContain(petal.name.nl.toLowerCase());
			expect(flower.textAlternative.en.toLowerCase()).toContain(petal.name.en.toLowerCase());
		}
	});

	it('give attention points for the institution, the support services, and teachers and students, each under why, how and who', () => {
		const levels = page('aandachtspunten').body.find((block) => block.kind === 'levels');
		if (levels?.kind !== 'levels') throw new Error('no levels block');
		expect(levels.levels.map((level) => level.id)).toEqual(['instelling', 'ondersteunende-diensten', 'docenten-en-studenten']);
		for (const level of levels.levels) {
			expect(sorted(new Set(level.points.map((point) => point.aspect))), level.id).toEqual(['how', 'who', 'why']);
		}
		expect(page('aandachtspunten').sources.some((source) => source.nl.includes('Adekola'))).toBe(true);
	});

	it('name Adekola’s four readiness elements in order', () => {
		expect(knowledgeItemsOf(page('gereedheid')).map((item) => item.id)).toEqual([
			'betrokkenheid',
			'competenties',
			'samenwerking',
			'communicatie'
		]);
	});

	it('give the six steps management takes to implement blended learning, in the note’s order', () => {
		expect(knowledgeItemsOf(page('managementstappen')).map((item) => item.id)).toEqual([
			'ambities',
			'professionalisering',
			'ondersteuning',
			'kennisdeling',
			'doelen-en-kwaliteit',
			'ruimte-om-te-experimenteren'
		]);
		expect(normalise(hanNote).match(/ • /g)!.length).toBeGreaterThanOrEqual(6);
	});

	it('give “Over de toolkit” from the reading guide: the working definition, aims, levels, audiences, principles, and that it is never finished', () => {
		const about = page('over-de-toolkit');
		expect(about.body.flatMap((block) => (block.kind === 'heading' ? [block.id] : []))).toEqual(['werkdefinitie', 'doel', 'niveaus', 'doelgroepen', 'uitgangspunten', 'nooit-af']);
		const items = knowledgeItemsOf(about);
		const seedText = compact(leeswijzer);
		// The definition and the three levels in the seed's own Dutch.
		const paragraphs = about.body.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
		expect(compact(paragraphs[0]!.nl)).toContain(compact('de gemene deler is dat er gezocht wordt naar de best mogelijke mengvorm van leeractiviteiten'));
		expect(seedText).toContain(compact('de gemene deler is dat er gezocht wordt naar de best mogelijke mengvorm van leeractiviteiten'));
		for (const level of ['niveau-cursus', 'niveau-programma', 'niveau-instelling']) {
			expect(seedText, level).toContain(compact(items.find((item) => item.id === level)!.text.nl));
		}
		// Every principle the seed lists ("– Op alle niveaus inzetbaar." …) is an item of the page.
		const principles = [...between(normalise(leeswijzer), 'uitganspunten leidend geweest:', 'Werkwijze').matchAll(/– ([^.(]+)/g)].map((found) => compact(found[1]!));
		expect(principles).toHaveLength(6);
		const titles = items.map((item) => compact(item.title.nl));
		for (const principle of principles) expect(titles, principle).toContain(principle);
		const last = paragraphs.at(-1)!;
		expect(last.nl).toMatch(/nooit/);
		expect(last.en).toMatch(/never/);
		expect(seedText).toContain(compact('De kanttekening bij de toolkit is dat deze niet compleet is, en dat in essentie ook nooit zal zijn.'));
		// The English is ours, not a copy of the Dutch.
		for (const text of textsOf(about)) expect(text.en, text.where).not.toBe(text.nl);
	});

	it('name their sources in Dutch and English', () => {
		for (const p of content.knowledge) {
			expect(p.sources.length, p.key).toBeGreaterThan(0);
			for (const source of p.sources) expect(source.en, p.key).not.toBe(source.nl);
		}
	});

	it('are written in our own words: no run of eight words is copied from the seeds', () => {
		const seedGrams = new Set([...ngrams(words(review), 8), ...ngrams(words(hanNote), 8)]);
		const copied = content.knowledge.flatMap((p) =>
			textsOf(p).flatMap(({ where, nl }) => [...ngrams(words(nl), 8)].filter((gram) => seedGrams.has(gram)).map((gram) => `${p.key} ${where}: "${gram}"`))
		);
		expect(copied).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------------------------

describe('every text of the content', () => {
	/** Every Localised value in the content, found by shape, with its path. */
	function localisedTexts(value: unknown, path = ''): Array<{ path: string; nl: string; en: string }> {
		if (Array.isArray(value)) return value.flatMap((item, i) => localisedTexts(item, `${path}[${i}]`));
		if (value && typeof value === 'object') {
			const record = value as Record<string, unknown>;
			if (typeof record.nl === 'string' && typeof record.en === 'string' && Object.keys(record).length === 2) {
				return [{ path, nl: record.nl, en: record.en }];
			}
			return Object.entries(record).flatMap(([key, child]) => localisedTexts(child, path ? `${path}.${key}` : key));
		}
		return [];
	}

	const texts = localisedTexts(content);

	it('has an English translation, not a copy of the Dutch, wherever the two languages differ', () => {
		expect(texts.length).toBeGreaterThan(300);
		const same = texts.filter((text) => text.nl === text.en && text.nl.split(' ').length > 3);
		expect(same.map((text) => text.path)).toEqual([]);
	});

	it('has no line breaks or doubled spaces left from the extraction', () => {
		for (const text of texts) {
			expect(text.nl, text.path).toBe(text.nl.replace(/\s+/g, ' ').trim());
			expect(text.en, text.path).toBe(text.en.replace(/\s+/g, ' ').trim());
		}
	});
});

// ---------------------------------------------------------------------------------------------
// The factor mapping
// ---------------------------------------------------------------------------------------------

describe('the factor mapping', () => {
	const factorKeys = factorsOf(defaultInstrument()).map(({ factor }) => factor.key);

	it('maps every factor of the self-scan, each to at least one product or knowledge item', () => {
		expect(factorKeys).toHaveLength(15);
		expect(sorted(content.mapping.map((help) => help.factorKey))).toEqual(sorted(factorKeys));
		for (const key of factorKeys) {
			const help = helpForFactor(key);
			expect(help.products.length + help.knowledge.length, key).toBeGreaterThan(0);
		}
	});

	it('leads Definitie & gedeelde taal to the product Gedeelde taal', () => {
		expect(helpForFactor('definitie').products.map((entry) => entry.product.key)).toContain('gedeelde-taal');
	});

	it('leads Onderwijsruimtes to the three room products', () => {
		expect(sorted(helpForFactor('onderwijsruimtes').products.map((entry) => entry.product.number))).toEqual([10, 8, 9]);
	});

	it('leads Professionalisering to the management step on professional development', () => {
		const refs = helpForFactor('professionalisering').knowledge.map((entry) => `${entry.page.key}/${entry.item?.id}`);
		expect(refs).toContain('managementstappen/professionalisering');
	});
});
