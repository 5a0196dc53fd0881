/**
 * The three route planners of the reading guide (sources/leeswijzer-seed.txt) and "Plan zelf je
 * optimale route".
 *
 * Which product each planner step is. The planners name steps by a heading, not by product:
 * - GEDEELDE TAAL → 1 Gedeelde taal; VISIE OP ONDERWIJS → 2 Visie ontwikkeling;
 *   BEGINNEN MET BLENDED LEREN → 3; ONTWERPMETHODIEKEN → 4; SOCIALISERING → 6;
 *   ACTIVERENDE WERKVORMEN → 7; DIGITALE LEEROMGEVING → 11; VOORBEELDEN → 13; IMPLEMENTATIE → 14;
 *   VERANDER STRATEGIEËN → 15: the headings repeat the products' titles or their themes.
 * - GA HET GESPREK AAN → 5 Gesprekskaarten voor de activerende blend: the only other product built on
 *   conversation cards, and its overview text is the same "constructieve dialoog".
 * - TOOLS → 12 Van doel, naar tool: "een rubriek" and "passend bij je doel".
 * - FYSIEKE LEEROMGEVING (teacher) and OVERZICHT VAN RUIMTES (support) → 9 Inventarisatie en selectie
 *   instrument: "biedt een selectie uitkomst", "maak een overzicht van alle ruimtes".
 * - SCOOR DE LEEROMGEVING → 10 Scoringsinstrument; ONTWERPEN VAN RUIMTES → 8 (ontwerpkaarten).
 * - In the teacher's "Wat is er nog meer?" box, "een inventarisatie instrument om de gehele campus qua
 *   inrichting in kaart te brengen" is read as 10, not 9: 9 is already the step Fysieke leeromgeving,
 *   and "campus" and "inrichting" are product 10's words ("campusbrede visie", "inrichting").
 *
 * The order. The extraction kept the planners' texts but lost the road drawn through them, so the
 * order below is reconstructed from the seed's own hints and written out per route in
 * `orderRationale`. The three routes share one opening: the definition first ("Begin altijd met de
 * definitie", in all three), then the vision (the manager's planner: a shared vision is "een
 * belangrijke voorwaarde voor succesvolle implementatie"), then the conversation cards, which take
 * the shared language and vision to colleagues ("het wat en waarom van blended leren").
 *
 * Step explanations keep the seed's Dutch wording with three slips corrected (the tests undo exactly
 * these corrections before comparing with the seed):
 * - teacher, Activerende werkvormen: "een geschikt werkvorm" → "een geschikte werkvorm";
 * - teacher, Digitale leeromgeving: "Daarover meer in in een handige gids" → "… meer in een …";
 * - support, Digitale leeromgeving: "Daarover meer een handige gids" → "… meer in een …".
 *
 * Left open by the seed: what the "!" marks on the planners mean (three on the teacher's, four on the
 * support service's, one on the manager's) is not recoverable from the text; the support service's
 * planner lists Digitale leeromgeving both as a step and in its "Wat is er nog meer?" box (kept as
 * the seed has it); the manager's planner does not mention Ontwerpmethodieken or Van doel, naar tool.
 */
import type { OwnRouteInput, RouteInput } from '$lib/toolkit/schema';

const SHARED_LANGUAGE = {
	productKey: 'gedeelde-taal',
	heading: { nl: 'Gedeelde taal', en: 'Shared language' },
	explanation: {
		nl: 'Begin altijd met de definitie. Waar hebben we het eigenlijk over? Gebruik de poster of gesprekskaarten los, of doe de hele workshop.',
		en: 'Always start with the definition. What are we actually talking about? Use the poster or the conversation cards on their own, or run the whole workshop.'
	}
};

const VISION = {
	productKey: 'visie-ontwikkeling',
	heading: { nl: 'Visie op onderwijs', en: 'Vision of education' },
	explanation: {
		nl: 'Bespreek en analyseer jouw eigen visie op onderwijs, of die van je instelling. Wat staat daar nu eigenlijk echt? Wat zijn de kernwaarden? En hoe vertaal je die naar de praktijk?',
		en: 'Discuss and analyse your own vision of education, or your institution’s. What does it really say? What are the core values? And how do you translate them into practice?'
	}
};

const CONVERSATION = {
	productKey: 'gesprekskaarten-activerende-blend',
	heading: { nl: 'Ga het gesprek aan', en: 'Start the conversation' },
	explanation: {
		nl: 'Met een handige set van gesprekskaarten, voer je snel een constructieve discussie met je collega’s over het wat en waarom van blended leren.',
		en: 'With a handy set of conversation cards you quickly have a constructive discussion with your colleagues about the what and why of blended learning.'
	}
};

const DESIGN_METHODS = {
	productKey: 'ontwerpmethodieken',
	heading: { nl: 'Ontwerpmethodieken', en: 'Design methods' },
	explanation: {
		nl: 'Tijd om de leeractiviteiten en toetsing te ontwerpen! Met een handig overzicht, vind je snel een passende methode. Het kan handig zijn om eerst even de Curriculumwaaier van het SLO door te nemen.',
		en: 'Time to design the learning activities and assessment! A handy overview helps you find a suitable method quickly. It can help to go through SLO’s Curriculumwaaier (curriculum fan) first.'
	}
};

const TOOLS = {
	productKey: 'van-doel-naar-tool',
	heading: { nl: 'Tools', en: 'Tools' },
	explanation: {
		nl: 'Tools zijn een belangrijk onderdeel van blended leren. Maar hoe kies je de juiste tool, passend bij je doel? En waar kan je je laten inspireren over alle mogelijkheden? In dit product een rubriek en voorbeelden.',
		en: 'Tools are an important part of blended learning. But how do you choose the right tool for your goal? And where can you find inspiration about all the possibilities? This product offers a rubric and examples.'
	}
};

const DIGITAL_ENVIRONMENT_TEXT = {
	nl: 'De digitale leeromgeving vraagt om een goede inrichting. Denk aan duidelijke communicatiekanalen, zichtbaarheid van jou als docent en een heldere structuur. Maar hoe kan je dit aanpakken? En waar moet je aan denken? Daarover meer in een handige gids.',
	en: 'The digital learning environment needs to be set up well. Think of clear communication channels, your visibility as a teacher and a clear structure. But how do you go about it? And what should you keep in mind? More about that in a handy guide.'
};

const DIGITAL_ENVIRONMENT = {
	productKey: 'digitale-leeromgeving',
	heading: { nl: 'Digitale leeromgeving', en: 'Digital learning environment' },
	explanation: DIGITAL_ENVIRONMENT_TEXT
};

const MORE_FOR_TEACHERS_ELSEWHERE = [
	{
		productKeys: ['beginnen-met-blended-leren'],
		text: {
			nl: 'Instrumenten om docenten snel op weg te helpen bij het beginnen met blended leren.',
			en: 'Instruments that get teachers going quickly when they start with blended learning.'
		}
	},
	{
		productKeys: ['activerende-werkvormen'],
		text: {
			nl: 'Instrumenten en voorbeelden van activerende werkvormen.',
			en: 'Instruments and examples of activating learning activities.'
		}
	},
	{
		productKeys: ['socialiseren'],
		text: { nl: 'Inspirerende infographics over socialisering.', en: 'Inspiring infographics about socialisation.' }
	},
	{
		productKeys: ['digitale-leeromgeving'],
		text: {
			nl: 'Tips voor het inrichten van de digitale leeromgeving.',
			en: 'Tips for setting up the digital learning environment.'
		}
	}
];

export const routes: RouteInput[] = [
	{
		key: 'docent',
		audience: 'teacher',
		title: { nl: 'Routeplanner voor de docent', en: 'Route planner for the teacher' },
		steps: [
			// "Begin altijd met de definitie."
			SHARED_LANGUAGE,
			VISION,
			CONVERSATION,
			// Inspiration before starting on one's own course: "Goed voorbeeld doet volgen."
			{
				productKey: 'voorbeelden',
				heading: { nl: 'Voorbeelden', en: 'Examples' },
				explanation: {
					nl: 'Goed voorbeeld doet volgen. In een handige gids vind je daarom veel inspirerende voorbeelden van blended leren in de praktijk.',
					en: 'A good example is followed. That is why a handy guide collects many inspiring examples of blended learning in practice.'
				}
			},
			// The starting situation comes before the design: "Breng jouw startsituatie in kaart".
			{
				productKey: 'beginnen-met-blended-leren',
				heading: { nl: 'Beginnen met blended leren', en: 'Getting started with blended learning' },
				explanation: {
					nl: 'Breng jouw startsituatie in kaart met handige hulpmiddelen. Begin je klein, of ga je meteen groot? En hoe is jouw huidige onderwijs eigenlijk opgezet?',
					en: 'Map your starting situation with handy tools. Do you start small, or go big straight away? And how is your current teaching actually set up?'
				}
			},
			// "Tijd om … te ontwerpen!" — the design follows once the starting point is known.
			DESIGN_METHODS,
			// Within the design: which learning activities, then what makes students feel at home.
			{
				productKey: 'activerende-werkvormen',
				heading: { nl: 'Activerende werkvormen', en: 'Activating learning activities' },
				explanation: {
					nl: 'Om het zweet op de juiste rug te laten stromen, is het zaak goed na te denken over de werkvormen die je gaat inzetten. Hoe kies je een geschikte werkvorm? En welke inspirerende voorbeelden zijn er?',
					en: 'To make sure the right people do the work, think carefully about the learning activities you are going to use. How do you choose a suitable one? And which inspiring examples are there?'
				}
			},
			{
				productKey: 'socialiseren',
				heading: { nl: 'Socialisering', en: 'Socialisation' },
				explanation: {
					nl: 'Goede socialisering is essentieel bij blended leren. Het hangt samen met studiegedrag, welzijn en je ergens thuis voelen. Met handige infographics vind je snel concrete handvatten om dit binnen je cursus of programma vorm te geven.',
					en: 'Good socialisation is essential in blended learning. It is linked to study behaviour, well-being and feeling at home somewhere. Handy infographics give you practical pointers for shaping it within your course or programme.'
				}
			},
			// "Van doel, naar tool": the tool follows the goal and the activity.
			TOOLS,
			// Then where the designed course runs: online first, the rooms last —
			// "zorg zo dat jouw ontwerp uitgevoerd kan worden in de beschikbare onderwijsruimtes".
			DIGITAL_ENVIRONMENT,
			{
				productKey: 'inventarisatie-onderwijsruimtes',
				heading: { nl: 'Fysieke leeromgeving', en: 'Physical learning environment' },
				explanation: {
					nl: 'Welke faciliteiten zijn er als het gaat om onderwijsruimtes? Zijn deze passend bij wat jij beoogt met je onderwijs? Om hierbij te ondersteunen, biedt een selectie uitkomst. Maak een overzicht van alle ruimtes die er zijn, en zorg zo dat jouw ontwerp uitgevoerd kan worden in de beschikbare onderwijsruimtes.',
					en: 'Which facilities are there in terms of learning spaces? Do they suit what you aim for in your teaching? A selection instrument helps here. Make an overview of all the spaces there are, so that your design can be carried out in the learning spaces available.'
				}
			}
		],
		alsoInToolkit: [
			{
				productKeys: ['implementatie-actieplan'],
				text: {
					nl: 'Een workshop om inzicht te krijgen in de organisatorische randvoorwaarden.',
					en: 'A workshop for gaining insight into the organisational conditions.'
				}
			},
			{
				productKeys: ['veranderstrategieen'],
				text: {
					nl: 'Een infographic met veranderstrategieën en tips om te differentiëren onder docenten.',
					en: 'An infographic with change strategies and tips for differentiating between teachers.'
				}
			},
			{
				productKeys: ['scoringsinstrument-onderwijsruimtes'],
				text: {
					nl: 'Een inventarisatie instrument om de gehele campus qua inrichting in kaart te brengen.',
					en: 'An inventory instrument for mapping the layout of the whole campus.'
				}
			},
			{
				productKeys: ['ontwerpen-onderwijsruimtes'],
				text: {
					nl: 'Ontwerpkaarten om een nieuwe innovatieve onderwijsruimte te ontwikkelen.',
					en: 'Design cards for developing a new, innovative learning space.'
				}
			}
		],
		orderRationale: {
			nl: 'De getekende volgorde ging bij de tekstextractie verloren; deze volgorde volgt de aanwijzingen in de teksten zelf. Eerst de definitie (“Begin altijd met de definitie”), dan de visie en het gesprek met collega’s over het wat en waarom: samen het vertrekpunt. Voorbeelden inspireren voordat je aan je eigen onderwijs begint (“Goed voorbeeld doet volgen”). Dan breng je je startsituatie in kaart (“Begin je klein, of ga je meteen groot?”), en pas daarna is het “tijd om de leeractiviteiten en toetsing te ontwerpen” met een ontwerpmethodiek. Binnen dat ontwerp kies je activerende werkvormen en geef je socialisering een plek; de tool volgt op het doel (“passend bij je doel”). Als laatste richt je de omgevingen in waar het ontwerp wordt uitgevoerd: eerst de digitale leeromgeving, dan de fysieke, want die stap vraagt een ontwerp dat “uitgevoerd kan worden in de beschikbare onderwijsruimtes”.',
			en: 'The order drawn on the planner was lost in the text extraction; this order follows the hints in the texts themselves. First the definition (“Always start with the definition”), then the vision and the conversation with colleagues about the what and why: together the starting point. Examples inspire before you start on your own teaching (“A good example is followed”). Then you map your starting situation (“Do you start small, or go big straight away?”), and only after that is it “time to design the learning activities and assessment” with a design method. Within that design you choose activating learning activities and give socialisation a place; the tool follows the goal (“for your goal”). Last, you set up the environments in which the design is carried out: first the digital learning environment, then the physical one, because that step needs a design that “can be carried out in the learning spaces available”.'
		}
	},
	{
		key: 'ondersteuning',
		audience: 'support',
		title: { nl: 'Routeplanner voor de ondersteunende dienst', en: 'Route planner for the support service' },
		steps: [
			SHARED_LANGUAGE,
			VISION,
			CONVERSATION,
			// The organisational conditions first ("een belangrijke taak" for support services), then
			// how to carry the change among teachers who differ.
			{
				productKey: 'implementatie-actieplan',
				heading: { nl: 'Implementatie', en: 'Implementation' },
				explanation: {
					nl: 'Het implementeren van blended leren houdt ook in dat de organisatorische randvoorwaarden op orde moeten zijn. Daarbij is er voor ondersteunende diensten een belangrijke taak weggelegd. Met een zelfscan krijg je zicht op die randvoorwaarden en kan je toewerken naar een actieplan.',
					en: 'Implementing blended learning also means that the organisational conditions must be in order, and support services have an important task in that. A self-scan gives you a view of those conditions and lets you work towards an action plan.'
				}
			},
			{
				productKey: 'veranderstrategieen',
				heading: { nl: 'Veranderstrategieën', en: 'Change strategies' },
				explanation: {
					nl: 'Als ondersteunende dienst heb je bij de implementatie van blended leren vaak te maken met veranderprocessen en veel onderlinge verschillen tussen docenten. Welke strategieën kan je daarbij inzetten? En hoe kan je rekening houden met de onderlinge verschillen tussen docenten? Daarover veel handige tips op enkele handige infographics.',
					en: 'As a support service, implementing blended learning often means dealing with change processes and many differences between teachers. Which strategies can you use? And how can you take the differences between teachers into account? Some handy infographics are full of tips on this.'
				}
			},
			// Examples as a means of the change: "Bespreek deze voorbeelden met docenten om ze zo te inspireren."
			{
				productKey: 'voorbeelden',
				heading: { nl: 'Voorbeelden', en: 'Examples' },
				explanation: {
					nl: 'Goed voorbeeld doet volgen. In dit handige overzicht vind je daarom veel inspirerende voorbeelden van blended leren in de praktijk. Bespreek deze voorbeelden met docenten om ze zo te inspireren.',
					en: 'A good example is followed. That is why this handy overview collects many inspiring examples of blended learning in practice. Discuss them with teachers to inspire them.'
				}
			},
			// Supporting teachers' design work, in the teacher route's order: method, tool, online environment.
			DESIGN_METHODS,
			TOOLS,
			DIGITAL_ENVIRONMENT,
			// The rooms: know what there is, score it, then redesign what the scores show needs it.
			{
				productKey: 'inventarisatie-onderwijsruimtes',
				heading: { nl: 'Overzicht van ruimtes', en: 'Overview of spaces' },
				explanation: {
					nl: 'Om docenten te ondersteunen, is een helder overzicht van alle onderwijsruimtes prettig. Met het instrument in dit product creëer je zo’n overzicht. Maak het online beschikbaar en bespreek het met docenten.',
					en: 'To support teachers, a clear overview of all learning spaces helps. The instrument in this product creates one. Make it available online and discuss it with teachers.'
				}
			},
			{
				productKey: 'scoringsinstrument-onderwijsruimtes',
				heading: { nl: 'Scoor de leeromgeving', en: 'Score the learning environment' },
				explanation: {
					nl: 'Actief leren is een belangrijk uitgangspunt van blended leren. Vaak is de fysieke leeromgeving daar echter niet voldoende op toegerust. Denk aan enorme collegezalen die docent-gecentreerd onderwijs oproepen. Met een scoringsinstrument kan je de hele leeromgeving in kaart brengen op aspecten als didactiek, akoestiek, technologie etc. Gebruik het als basis om te bepalen welke onderwijsruimtes herzien moeten worden.',
					en: 'Active learning is an important principle of blended learning, yet the physical learning environment is often not equipped for it. Think of huge lecture halls that invite teacher-centred teaching. A scoring instrument maps the whole learning environment on aspects such as pedagogy, acoustics and technology. Use it as the basis for deciding which learning spaces need to be reworked.'
				}
			},
			{
				productKey: 'ontwerpen-onderwijsruimtes',
				heading: { nl: 'Ontwerpen van ruimtes', en: 'Designing spaces' },
				explanation: {
					nl: 'Het ontwerpen van onderwijsruimtes is behoorlijk uitdagend. Hoe kom je tot een innovatief resultaat? Met de ontwerpkaarten in dit product kom je snel tot een werkbaar prototype.',
					en: 'Designing learning spaces is quite a challenge. How do you arrive at an innovative result? The design cards in this product take you quickly to a workable prototype.'
				}
			}
		],
		alsoInToolkit: MORE_FOR_TEACHERS_ELSEWHERE,
		orderRationale: {
			nl: 'De getekende volgorde ging bij de tekstextractie verloren; deze volgorde volgt de aanwijzingen in de teksten zelf. Zoals in elke route eerst de definitie (“Begin altijd met de definitie”), de visie en het gesprek met collega’s. Daarna de eigen taak van de ondersteunende dienst: met de zelfscan de organisatorische randvoorwaarden in kaart brengen en naar een actieplan toewerken, en vervolgens die verandering onder docenten uitvoeren met veranderstrategieën. Voorbeelden volgen daarop als middel om docenten te inspireren (“Bespreek deze voorbeelden met docenten”). Dan het ondersteunen van het ontwerpwerk van docenten, in dezelfde volgorde als in de route voor docenten: ontwerpmethodiek, tool, digitale leeromgeving. De ruimtes komen als laatste, van weten wat er is (overzicht), via beoordelen (“gebruik het als basis om te bepalen welke onderwijsruimtes herzien moeten worden”) naar het ontwerpen van nieuwe ruimtes, waar een blended herontwerp om vraagt.',
			en: 'The order drawn on the planner was lost in the text extraction; this order follows the hints in the texts themselves. As in every route, first the definition (“Always start with the definition”), the vision and the conversation with colleagues. Then the support service’s own task: mapping the organisational conditions with the self-scan and working towards an action plan, and then carrying that change among teachers with change strategies. Examples follow as a means of inspiring teachers (“Discuss them with teachers”). Next comes supporting teachers’ design work, in the same order as in the teacher’s route: design method, tool, digital learning environment. The spaces come last, from knowing what there is (overview), through rating it (“the basis for deciding which learning spaces need to be reworked”), to designing the new spaces a blended redesign calls for.'
		}
	},
	{
		key: 'management',
		audience: 'management',
		title: { nl: 'Routeplanner voor de manager', en: 'Route planner for the manager' },
		steps: [
			{
				productKey: 'gedeelde-taal',
				heading: { nl: 'Gedeelde taal', en: 'Shared language' },
				explanation: {
					nl: 'Er bestaat veel onduidelijkheid over de betekenis van blended leren. Begin daarom altijd met de definitie en werk toe naar een gedeelde taal. Waar hebben we het eigenlijk over? Gebruik de poster of gesprekskaarten los, of doe de hele workshop.',
					en: 'There is a lot of confusion about what blended learning means. So always start with the definition and work towards a shared language. What are we actually talking about? Use the poster or the conversation cards on their own, or run the whole workshop.'
				}
			},
			// "Het hebben van een gedeelde en gezamenlijke visie is een belangrijke voorwaarde voor
			// succesvolle implementatie": the vision comes before implementation.
			{
				productKey: 'visie-ontwikkeling',
				heading: { nl: 'Visie op onderwijs', en: 'Vision of education' },
				explanation: {
					nl: 'Bespreek en analyseer met collega’s de visie op onderwijs. Wat staat daar nu eigenlijk echt? Wat zijn de kernwaarden? En hoe vertaal je die naar de praktijk? Het hebben van een gedeelde en gezamenlijke visie is een belangrijke voorwaarde voor succesvolle implementatie van blended leren.',
					en: 'Discuss and analyse the vision of education with colleagues. What does it really say? What are the core values? And how do you translate them into practice? A shared, common vision is an important condition for implementing blended learning successfully.'
				}
			},
			{
				productKey: 'gesprekskaarten-activerende-blend',
				heading: { nl: 'Ga het gesprek aan', en: 'Start the conversation' },
				explanation: {
					nl: 'Blended leren kan soms veel vragen oproepen. Met een handige set van gesprekskaarten, voer je snel een constructieve discussie met je team over het wat en waarom van blended leren.',
					en: 'Blended learning can raise a lot of questions. With a handy set of conversation cards you quickly have a constructive discussion with your team about the what and why of blended learning.'
				}
			},
			// "Om meer inzicht te krijgen in wat blended leren precies inhoudt": understanding comes
			// before the implementation work.
			{
				productKey: 'voorbeelden',
				heading: { nl: 'Voorbeelden', en: 'Examples' },
				explanation: {
					nl: 'Om meer inzicht te krijgen in wat blended leren precies inhoudt en hoe het eruit ziet in de praktijk, kunnen goede voorbeelden helpen. In dit handige overzicht vind je daarom veel inspirerende voorbeelden van blended leren in de praktijk. Bespreek deze voorbeelden met docenten om ze zo te inspireren.',
					en: 'Good examples help you understand what blended learning involves and what it looks like in practice. That is why this handy overview collects many inspiring examples of blended learning in practice. Discuss them with teachers to inspire them.'
				}
			},
			{
				productKey: 'implementatie-actieplan',
				heading: { nl: 'Implementatie', en: 'Implementation' },
				explanation: {
					nl: 'Het implementeren van blended leren houdt ook in dat de organisatorische randvoorwaarden op orde moeten zijn. Daarbij is er voor managers een belangrijke taak weggelegd. Met dit product krijg je zicht op die randvoorwaarden en kan je toewerken naar een actieplan voor het implementeren van blended leren op instellingsniveau.',
					en: 'Implementing blended learning also means that the organisational conditions must be in order, and managers have an important task in that. This product gives you a view of those conditions and lets you work towards an action plan for implementing blended learning at institution level.'
				}
			},
			{
				productKey: 'veranderstrategieen',
				heading: { nl: 'Veranderstrategieën', en: 'Change strategies' },
				explanation: {
					nl: 'Als manager heb je bij de implementatie van blended leren te maken met veranderprocessen en veel onderlinge verschillen tussen docenten. Welke strategieën kan je daarbij inzetten? En hoe kan je rekening houden met de onderlinge verschillen tussen docenten? Daarover veel handige tips op deze infographics.',
					en: 'As a manager, implementing blended learning means dealing with change processes and many differences between teachers. Which strategies can you use? And how can you take the differences between teachers into account? These infographics are full of tips on this.'
				}
			}
		],
		alsoInToolkit: [
			...MORE_FOR_TEACHERS_ELSEWHERE,
			{
				productKeys: ['inventarisatie-onderwijsruimtes', 'scoringsinstrument-onderwijsruimtes', 'ontwerpen-onderwijsruimtes'],
				text: {
					nl: 'Hulpmiddelen voor ondersteunende diensten, bijvoorbeeld voor het aanpassen van de fysieke leeromgeving.',
					en: 'Aids for support services, for example for adapting the physical learning environment.'
				}
			}
		],
		orderRationale: {
			nl: 'De getekende volgorde ging bij de tekstextractie verloren; deze volgorde volgt de aanwijzingen in de teksten zelf. Eerst de definitie: “Begin daarom altijd met de definitie en werk toe naar een gedeelde taal.” Dan de visie, want “het hebben van een gedeelde en gezamenlijke visie is een belangrijke voorwaarde voor succesvolle implementatie” — dus vóór de implementatie. Het gesprek met het team over het wat en waarom en de voorbeelden (“om meer inzicht te krijgen in wat blended leren precies inhoudt”) horen bij dat begrijpen en komen daarom ook vóór de implementatie. Met de zelfscan-workshop breng je daarna de randvoorwaarden in kaart en werk je naar een actieplan; de veranderstrategieën helpen dat plan onder docenten uit te voeren en komen daarom als laatste.',
			en: 'The order drawn on the planner was lost in the text extraction; this order follows the hints in the texts themselves. First the definition: “So always start with the definition and work towards a shared language.” Then the vision, because “a shared, common vision is an important condition for implementing blended learning successfully” — so before implementation. The conversation with the team about the what and why and the examples (“to understand what blended learning involves”) belong to that understanding and so also come before implementation. The self-scan workshop then maps the conditions and works towards an action plan; the change strategies help carry that plan out among teachers and so come last.'
		}
	}
];

export const ownRoute: OwnRouteInput = {
	title: { nl: 'Plan zelf je optimale route', en: 'Plan your own best route' },
	body: [
		{
			nl: 'De drie routeplanners stellen een volgorde voor, maar geen enkel product hangt van een ander af: elk is ook los te gebruiken. Je kunt dus net zo goed je eigen route uitstippelen.',
			en: 'The three route planners suggest an order, but no product depends on another: each can also be used on its own. So you may just as well map out a route of your own.'
		},
		{
			nl: 'Kies in het productoverzicht, met de korte beschrijving van elk product, wat past bij je vraag en je situatie, en zet het in de volgorde die voor jou werkt. Alle drie de routes beginnen met een gedeelde definitie; dat is ook voor een eigen route een goed vertrekpunt.',
			en: 'Choose from the product overview, with its short description of each product, what fits your question and your situation, and put it in the order that works for you. All three routes start with a shared definition; that is a good starting point for a route of your own too.'
		}
	]
};
