/**
 * The fifteen products of the toolkit, after the "Productoverzicht" of the reading guide
 * (sources/leeswijzer-seed.txt). `audienceText`, `formText` and `time.text` keep the seed's own
 * wording; `summary`, `purpose` and `howToUse` say in our own words what the overview and the route
 * planners' step texts say about the product.
 *
 * Reading the doelgroep lines into the three audiences:
 * - "Docenten", "Docenten(teams)" → teacher; "Alle" → all three.
 * - "ondersteunende diensten", "Logistieke diensten" (the overview itself names roosteraars as an
 *   example of ondersteunende diensten), "onderwijskundig adviseurs" and "huisvestingsmanagers"
 *   (product 8 names "ondersteunende diensten (logistiek en/of facilitair)" as its partners) → support.
 * - "managers", "Managementlaag" → management.
 * - "interieurarchitecten" (product 8) fit none of the three and stay only in `audienceText`.
 *
 * `related` is not in the seed: it is our editorial link between products on the same theme or
 * that the route planners put next to each other, and is said so in the product's notes only where
 * that helps a reader.
 */
import type { ProductInput } from '$lib/toolkit/schema';

export const products: ProductInput[] = [
	{
		key: 'gedeelde-taal',
		number: 1,
		title: { nl: 'Gedeelde taal', en: 'Shared language' },
		summary: {
			nl: 'Een poster, gesprekskaarten en een workshop waarmee docent(team)s een gedeelde taal over blended leren opbouwen.',
			en: 'A poster, conversation cards and a workshop with which teachers and teaching teams build a shared language about blended learning.'
		},
		audience: ['teacher', 'support', 'management'],
		audienceText: {
			nl: 'Docenten, ondersteunende diensten en managers',
			en: 'Teachers, support services and managers'
		},
		form: ['poster', 'conversation-cards', 'workshop'],
		formText: { nl: 'Poster, gesprekskaarten en workshop', en: 'Poster, conversation cards and workshop' },
		time: { text: { nl: '90 min. (workshop)', en: '90 min. (workshop)' }, minutes: [90, 90] },
		level: ['course', 'programme', 'institution'],
		purpose: {
			nl: 'Helder krijgen wat je met elkaar onder blended leren verstaat, zodat iedereen het over hetzelfde heeft. Elke routeplanner begint hier: eerst de definitie.',
			en: 'Getting clear what you and your colleagues mean by blended learning, so that everyone talks about the same thing. Every route planner starts here: the definition comes first.'
		},
		howToUse: {
			nl: 'De poster werkt op zichzelf, bijvoorbeeld aan de muur van een teamkamer. De gesprekskaarten horen bij de workshop, maar poster en kaarten kun je ook los gebruiken; of je doet de hele workshop.',
			en: 'The poster works on its own, for example on the wall of a staff room. The conversation cards belong to the workshop, but the poster and the cards can also be used separately; or you run the whole workshop.'
		},
		related: ['gesprekskaarten-activerende-blend', 'visie-ontwikkeling'],
		notes: [
			{
				nl: 'De 90 minuten gelden voor de workshop; voor de poster en de kaarten los noemt de seed geen tijd.',
				en: 'The 90 minutes are for the workshop; the seed gives no time for the poster or the cards on their own.'
			}
		]
	},
	{
		key: 'visie-ontwikkeling',
		number: 2,
		title: { nl: 'Visie ontwikkeling', en: 'Developing a vision' },
		summary: {
			nl: 'Werkvormen om aan een visie op onderwijs te werken: de kernwaarden eronder expliciet maken en nagaan hoe die in de praktijk uitpakken.',
			en: 'Activities for working on a vision of education: making its core values explicit and examining how they play out in practice.'
		},
		audience: ['teacher', 'support', 'management'],
		audienceText: {
			nl: 'Docenten(teams), ondersteunende diensten en managers',
			en: 'Teachers (and teaching teams), support services and managers'
		},
		form: ['activities'],
		formText: { nl: 'Werkvormen', en: 'Activities' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['programme', 'institution'],
		purpose: {
			nl: 'Een eigen visie op onderwijs, of die van de instelling, bespreken en ontleden: wat staat er echt, welke kernwaarden zitten eronder en hoe vertaal je die naar de praktijk? Volgens de routeplanner voor managers is een gedeelde visie een belangrijke voorwaarde voor een geslaagde implementatie van blended leren.',
			en: 'Discussing and taking apart your own vision of education, or your institution’s: what does it really say, which core values lie beneath it, and how do you translate them into practice? The route planner for managers calls a shared vision an important condition for implementing blended learning successfully.'
		},
		howToUse: {
			nl: 'Kies een of meer werkvormen en doe ze samen met collega’s, met je eigen visie of die van je instelling als vertrekpunt.',
			en: 'Choose one or more of the activities and do them with colleagues, starting from your own vision or your institution’s.'
		},
		related: ['gedeelde-taal', 'implementatie-actieplan'],
		notes: [
			{
				nl: 'De seed geeft geen vaste tijd (“Variabel”) en noemt de werkvormen niet afzonderlijk.',
				en: 'The seed gives no fixed time (“Variabel”) and does not list the activities one by one.'
			}
		]
	},
	{
		key: 'beginnen-met-blended-leren',
		number: 3,
		title: { nl: 'Beginnen met blended leren', en: 'Getting started with blended learning' },
		summary: {
			nl: 'Informatie, drie werkbladen en twee PowerPoints waarmee docent(team)s snel op weg zijn met blended leren.',
			en: 'Information, three worksheets and two slide decks that get teachers and teaching teams going with blended learning quickly.'
		},
		audience: ['teacher'],
		audienceText: { nl: 'Docenten(teams)', en: 'Teachers (and teaching teams)' },
		form: ['information', 'worksheets', 'slides'],
		formText: { nl: 'Informatie + werkbladen + Powerpoints', en: 'Information + worksheets + slide decks' },
		time: { text: { nl: '10-30 minuten', en: '10-30 minutes' }, minutes: [10, 30] },
		level: ['course', 'programme'],
		purpose: {
			nl: 'De startsituatie in kaart brengen: welke aanvliegroute past (klein beginnen of meteen groot), welke cursus- of curriculumonderdelen voorrang krijgen, en is aan alle contextuele factoren gedacht?',
			en: 'Mapping where you start from: which approach fits (start small or go big straight away), which parts of a course or curriculum come first, and have all contextual factors been considered?'
		},
		howToUse: {
			nl: 'Werk de drie werkbladen door: de aanvliegroute bepalen, onderdelen prioriteren en de contextuele factoren nalopen. Ga daarna met de twee PowerPoints concreet aan de slag met het (her)ontwerp van je cursus.',
			en: 'Work through the three worksheets: choosing the approach, setting priorities among the parts, and checking the contextual factors. Then use the two slide decks to start the (re)design of your course.'
		},
		related: ['ontwerpmethodieken', 'voorbeelden'],
		notes: [
			{
				nl: 'De seed zegt niet of de 10-30 minuten per werkblad of voor het geheel gelden.',
				en: 'The seed does not say whether the 10-30 minutes are per worksheet or for the whole.'
			}
		]
	},
	{
		key: 'ontwerpmethodieken',
		number: 4,
		title: { nl: 'Ontwerpmethodieken', en: 'Design methods' },
		summary: {
			nl: 'Een infographic in tabelvorm met de meest gebruikte ontwerpmethodieken voor blended leren en hun kenmerken.',
			en: 'An infographic set out as a table of the most widely used design methods for blended learning and their characteristics.'
		},
		audience: ['teacher'],
		audienceText: { nl: 'Docenten', en: 'Teachers' },
		form: ['infographic'],
		formText: { nl: 'Infographic', en: 'Infographic' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['course', 'programme'],
		purpose: {
			nl: 'Docent(team)s helpen een passende methode te kiezen om leeractiviteiten en toetsing te ontwerpen, een taak die zonder houvast lastig is.',
			en: 'Helping teachers and teaching teams choose a suitable method for designing learning activities and assessment, a task that is hard without something to hold on to.'
		},
		howToUse: {
			nl: 'Vergelijk de methodieken in de tabel en kies er een die bij je situatie past. De routeplanners raden aan eerst de Curriculumwaaier van SLO door te nemen (https://www.slo.nl/@10748/curriculumwaaier/).',
			en: 'Compare the methods in the table and pick one that suits your situation. The route planners suggest reading SLO’s Curriculumwaaier (curriculum fan) first (https://www.slo.nl/@10748/curriculumwaaier/).'
		},
		related: ['beginnen-met-blended-leren', 'activerende-werkvormen'],
		notes: [
			{
				nl: 'De seed noemt de methodieken in de tabel niet bij naam.',
				en: 'The seed does not name the methods in the table.'
			}
		]
	},
	{
		key: 'gesprekskaarten-activerende-blend',
		number: 5,
		title: { nl: 'Gesprekskaarten voor de activerende blend', en: 'Conversation cards for the activating blend' },
		summary: {
			nl: 'Gesprekskaarten, met een workshop, voor een constructief gesprek tussen docenten, managers en ondersteuners over een activerende blend in het curriculum.',
			en: 'Conversation cards, with a workshop, for a constructive discussion between teachers, managers and support staff about an activating blend in the curriculum.'
		},
		audience: ['teacher', 'support', 'management'],
		audienceText: {
			nl: 'Docenten, ondersteunende diensten en managers',
			en: 'Teachers, support services and managers'
		},
		form: ['conversation-cards', 'workshop'],
		formText: { nl: 'Gesprekskaarten en workshop', en: 'Conversation cards and workshop' },
		time: { text: { nl: '90 minuten', en: '90 minutes' }, minutes: [90, 90] },
		level: ['programme'],
		purpose: {
			nl: 'Samen het wat en waarom van blended leren bespreken en wat een activerende blend in het curriculum vraagt, onder meer op het gebied van visie en beleid, leiderschap, professionalisering en faciliteiten.',
			en: 'Discussing together the what and why of blended learning and what an activating blend asks of the curriculum, among other things on vision and policy, leadership, professional development and facilities.'
		},
		howToUse: {
			nl: 'Voer het gesprek met collega’s of met je team, liefst met docenten, managers en ondersteuners aan één tafel. In de routeplanners heet deze stap “Ga het gesprek aan”.',
			en: 'Hold the conversation with colleagues or your team, preferably with teachers, managers and support staff at one table. In the route planners this step is called “Ga het gesprek aan” (start the conversation).'
		},
		related: ['gedeelde-taal', 'visie-ontwikkeling'],
		notes: [
			{
				nl: 'De seed zegt niet of de 90 minuten voor de workshop of voor een gesprek met de kaarten gelden.',
				en: 'The seed does not say whether the 90 minutes are for the workshop or for a conversation with the cards.'
			}
		]
	},
	{
		key: 'socialiseren',
		number: 6,
		title: { nl: 'Socialiseren bij blended leren', en: 'Socialisation in blended learning' },
		summary: {
			nl: 'Infographics met eigen routeplanners en concrete handvatten om socialisering in een cursus of programma vorm te geven.',
			en: 'Infographics with route planners of their own and practical pointers for shaping socialisation in a course or programme.'
		},
		audience: ['teacher'],
		audienceText: { nl: 'Docenten', en: 'Teachers' },
		form: ['infographic'],
		formText: { nl: 'Infographics', en: 'Infographics' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['course', 'programme'],
		purpose: {
			nl: 'Ervoor zorgen dat studenten zich in een blended opzet verbonden en thuis voelen. Socialisering hangt samen met studiegedrag en welzijn en verdient daarom een plek in het ontwerp.',
			en: 'Making sure students feel connected and at home in a blended setting. Socialisation is linked to study behaviour and well-being, so it deserves a place in the design.'
		},
		howToUse: {
			nl: 'Zoek in de infographics de route die bij je cursus of programma past en neem de handvatten mee in je ontwerp.',
			en: 'Find the route in the infographics that fits your course or programme and take its pointers into your design.'
		},
		related: ['activerende-werkvormen', 'digitale-leeromgeving'],
		notes: [
			{
				nl: 'De routeplanners in dit product gaan over socialisering en staan los van de drie routeplanners van de toolkit.',
				en: 'The route planners in this product are about socialisation and are separate from the toolkit’s three route planners.'
			}
		]
	},
	{
		key: 'activerende-werkvormen',
		number: 7,
		title: { nl: 'Aan de slag met activerende werkvormen', en: 'Getting started with activating learning activities' },
		summary: {
			nl: 'Stappenplannen om zelf een werkvorm te bedenken of een passende te kiezen, en een overzicht met inspirerende voorbeelden.',
			en: 'Step-by-step plans for devising your own learning activity or choosing a suitable one, and an overview of inspiring examples.'
		},
		audience: ['teacher'],
		audienceText: { nl: 'Docenten', en: 'Teachers' },
		form: ['step-by-step-plans', 'examples'],
		formText: { nl: 'Stappenplannen en voorbeelden', en: 'Step-by-step plans and examples' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['course', 'programme'],
		purpose: {
			nl: 'Bewust kiezen voor werkvormen waarin de studenten het werk doen en niet alleen de docent.',
			en: 'Choosing learning activities deliberately, so that the students do the work and not only the teacher.'
		},
		howToUse: {
			nl: 'Volg een stappenplan om een werkvorm te ontwerpen of er een te kiezen, en zoek inspiratie in de voorbeelden.',
			en: 'Follow a step-by-step plan to design or choose a learning activity, and look for inspiration in the examples.'
		},
		related: ['ontwerpmethodieken', 'van-doel-naar-tool'],
		notes: []
	},
	{
		key: 'ontwerpen-onderwijsruimtes',
		number: 8,
		title: { nl: 'Ontwerpen van innovatieve onderwijsruimtes', en: 'Designing innovative learning spaces' },
		summary: {
			nl: 'Ontwerpkaarten waarmee je snel tot een werkbaar prototype van een innovatieve onderwijsruimte komt.',
			en: 'Design cards that take you quickly to a workable prototype of an innovative learning space.'
		},
		audience: ['teacher', 'support'],
		audienceText: {
			nl: 'Docenten, onderwijskundig adviseurs, huisvestingsmanagers, interieurarchitecten',
			en: 'Teachers, educational advisers, accommodation managers, interior architects'
		},
		form: ['design-cards'],
		formText: { nl: 'Ontwerpkaarten', en: 'Design cards' },
		time: { text: { nl: '30-120 minuten', en: '30-120 minutes' }, minutes: [30, 120] },
		level: ['institution'],
		purpose: {
			nl: 'Een blended herontwerp leidt vaak tot behoefte aan andere, innovatieve onderwijsruimtes; dit product helpt die ruimtes te ontwerpen.',
			en: 'A blended redesign often creates a need for different, innovative learning spaces; this product helps to design them.'
		},
		howToUse: {
			nl: 'Werk in duo’s, bij voorkeur samen met docenten, studenten en ondersteunende diensten (logistiek en/of facilitair).',
			en: 'Work in pairs, preferably teachers, students and support services (logistics and/or facilities) together.'
		},
		related: ['scoringsinstrument-onderwijsruimtes', 'inventarisatie-onderwijsruimtes'],
		notes: [
			{
				nl: 'Onderwijskundig adviseurs en huisvestingsmanagers zijn hier als ondersteunende diensten geteld; interieurarchitecten vallen buiten de drie doelgroepen van de toolkit en staan alleen in de doelgroepregel.',
				en: 'Educational advisers and accommodation managers are counted as support services here; interior architects fall outside the toolkit’s three audiences and appear only in the audience line.'
			}
		]
	},
	{
		key: 'inventarisatie-onderwijsruimtes',
		number: 9,
		title: {
			nl: 'Inventarisatie en selectie instrument onderwijsruimtes',
			en: 'Inventory and selection instrument for learning spaces'
		},
		summary: {
			nl: 'Een instrument om de beschikbare onderwijsruimtes te inventariseren en de ruimte te kiezen die bij een onderwijsontwerp past.',
			en: 'An instrument for making an inventory of the available learning spaces and choosing the space that suits a course design.'
		},
		audience: ['teacher', 'support'],
		audienceText: { nl: 'Logistieke diensten en docenten', en: 'Logistics services and teachers' },
		form: ['instrument'],
		formText: { nl: 'Instrument', en: 'Instrument' },
		time: { text: { nl: '30-60 minuten', en: '30-60 minutes' }, minutes: [30, 60] },
		level: ['course', 'programme', 'institution'],
		purpose: {
			nl: 'Snel de ruimte vinden die past bij het beoogde onderwijs, doordat duidelijk is welke onderwijsruimtes er zijn.',
			en: 'Finding the space that suits the intended teaching quickly, because it is clear which learning spaces there are.'
		},
		howToUse: {
			nl: 'Ondersteunende diensten, zoals roosteraars, maken met het instrument een overzicht van alle ruimtes, zetten het online en bespreken het met docenten. Docenten gebruiken het om na te gaan of hun ontwerp in de beschikbare ruimtes uitgevoerd kan worden.',
			en: 'Support services, such as timetablers, use the instrument to list all spaces, put the overview online and discuss it with teachers. Teachers use it to check whether their design can be carried out in the spaces available.'
		},
		related: ['scoringsinstrument-onderwijsruimtes', 'ontwerpen-onderwijsruimtes'],
		notes: [
			{
				nl: 'Logistieke diensten zijn als ondersteunende diensten geteld: het overzicht noemt roosteraars als voorbeeld van ondersteunende diensten.',
				en: 'Logistics services are counted as support services: the overview names timetablers as an example of support services.'
			}
		],
		opens: ['room-inventory', 'room-finder', 'room-criteria']
	},
	{
		key: 'scoringsinstrument-onderwijsruimtes',
		number: 10,
		title: { nl: 'Scoringsinstrument onderwijsruimtes', en: 'Scoring instrument for learning spaces' },
		summary: {
			nl: 'Een raamwerk en scoringsformulier om onderwijsruimtes te beoordelen op criteria als inrichting, kleurgebruik en afstemming met de onderwijsvisie.',
			en: 'A framework and scoring form for rating learning spaces on criteria such as layout, use of colour and fit with the vision of education.'
		},
		audience: ['teacher', 'support'],
		audienceText: { nl: 'Logistieke diensten en docenten', en: 'Logistics services and teachers' },
		form: ['framework', 'scoring-form'],
		formText: { nl: 'Raamwerk + scoringsformulier', en: 'Framework + scoring form' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['course', 'programme', 'institution'],
		purpose: {
			nl: 'Snel zien welke aspecten van onderwijsruimtes beter moeten, en een basis leggen voor een campusbrede visie op de fysieke leeromgeving en wat daarvan nu haalbaar is.',
			en: 'Seeing quickly which aspects of learning spaces need improving, and laying a basis for a campus-wide vision of the physical learning environment and what of it is feasible now.'
		},
		howToUse: {
			nl: 'Scoor ruimtes met het formulier op aspecten als didactiek, akoestiek en technologie, en gebruik de uitkomst om te bepalen welke ruimtes herzien moeten worden.',
			en: 'Score spaces with the form on aspects such as pedagogy, acoustics and technology, and use the outcome to decide which spaces need to be reworked.'
		},
		related: ['inventarisatie-onderwijsruimtes', 'ontwerpen-onderwijsruimtes'],
		notes: [],
		opens: ['room-scoring', 'room-heatmap', 'room-criteria']
	},
	{
		key: 'digitale-leeromgeving',
		number: 11,
		title: { nl: 'Digitale leeromgeving', en: 'Digital learning environment' },
		summary: {
			nl: 'Een gids met concrete handvatten om de digitale leeromgeving zo in te richten dat die tot leren aanzet.',
			en: 'A guide with practical pointers for setting up the digital learning environment so that it invites learning.'
		},
		audience: ['teacher'],
		audienceText: { nl: 'Docenten', en: 'Teachers' },
		form: ['guide'],
		formText: { nl: 'Gids', en: 'Guide' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['course', 'programme'],
		purpose: {
			nl: 'De digitale leeromgeving speelt een hoofdrol in blended leren maar wordt vaak niet ten volle benut; dit product helpt haar volwaardig in te richten.',
			en: 'The digital learning environment plays a leading part in blended learning but is often not used to the full; this product helps to set it up properly.'
		},
		howToUse: {
			nl: 'Loop de gids na bij het inrichten van je cursus: duidelijke communicatiekanalen, je zichtbaarheid als docent en een heldere structuur.',
			en: 'Go through the guide when you set up your course: clear communication channels, your visibility as a teacher and a clear structure.'
		},
		related: ['van-doel-naar-tool', 'socialiseren'],
		notes: []
	},
	{
		key: 'van-doel-naar-tool',
		number: 12,
		title: { nl: 'Van doel, naar tool', en: 'From goal to tool' },
		summary: {
			nl: 'Een rubriek om digitale tools op bruikbaarheid te scoren, met links naar bronnen voor inspiratie.',
			en: 'A rubric for scoring digital tools on usefulness, with links to sources for inspiration.'
		},
		audience: ['teacher', 'support'],
		audienceText: { nl: 'Docenten en ondersteunende diensten', en: 'Teachers and support services' },
		form: ['source-overview', 'rubric'],
		formText: { nl: 'Bronnenoverzicht en rubriek', en: 'Overview of sources and rubric' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['course', 'programme', 'institution'],
		purpose: {
			nl: 'Uit het enorme aanbod een tool kiezen die bij je onderwijsdoel past, en inschatten of die echt doet wat je nodig hebt.',
			en: 'Choosing, from a vast supply, a tool that fits your teaching goal, and judging whether it really does what you need.'
		},
		howToUse: {
			nl: 'Begin bij je doel, scoor kandidaat-tools met de rubriek en verken met de bronnen wat er mogelijk is.',
			en: 'Start from your goal, score candidate tools with the rubric and use the sources to explore what is possible.'
		},
		related: ['digitale-leeromgeving', 'activerende-werkvormen'],
		notes: [],
		opens: ['tool-catalogue', 'tool-finder', 'tool-criteria']
	},
	{
		key: 'voorbeelden',
		number: 13,
		title: { nl: 'Voorbeelden van blended leren', en: 'Examples of blended learning' },
		summary: {
			nl: 'Een overzicht met inspirerende voorbeelden van blended leren in de praktijk, en hoe je in je eigen instelling goede voorbeelden verzamelt.',
			en: 'An overview of inspiring examples of blended learning in practice, and how to collect good examples in your own institution.'
		},
		audience: ['teacher', 'support', 'management'],
		audienceText: { nl: 'Alle', en: 'All' },
		form: ['guide'],
		formText: { nl: 'Gids', en: 'Guide' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['course', 'programme'],
		purpose: {
			nl: 'Laten zien hoe blended leren er in de praktijk uitziet: goede voorbeelden inspireren en maken duidelijk wat blended leren inhoudt.',
			en: 'Showing what blended learning looks like in practice: good examples inspire and make clear what blended learning involves.'
		},
		howToUse: {
			nl: 'Lees de voorbeelden zelf, of bespreek ze met docenten om hen te inspireren. Verzamel daarnaast voorbeelden uit je eigen instelling.',
			en: 'Read the examples yourself, or discuss them with teachers to inspire them. Also collect examples from your own institution.'
		},
		related: ['beginnen-met-blended-leren', 'veranderstrategieen'],
		notes: [
			{
				nl: 'Doelgroep “Alle” is gelezen als alle drie de doelgroepen.',
				en: 'The audience “Alle” (all) is read as all three audiences.'
			}
		]
	},
	{
		key: 'implementatie-actieplan',
		number: 14,
		title: { nl: 'Implementatie: Aanzet tot een actieplan', en: 'Implementation: Towards an action plan' },
		summary: {
			nl: 'Een interactieve workshop met een zelfscan die inzicht geeft in de organisatorische randvoorwaarden voor blended leren en uitmondt in actiepunten.',
			en: 'An interactive workshop with a self-scan that gives insight into the organisational conditions for blended learning and ends in action points.'
		},
		audience: ['management', 'support'],
		audienceText: {
			nl: 'Managementlaag en ondersteunende diensten',
			en: 'Management and support services'
		},
		form: ['workshop', 'self-scan'],
		formText: { nl: 'Interactieve workshop met zelfscan', en: 'Interactive workshop with self-scan' },
		time: { text: { nl: '2-3 uur', en: '2-3 hours' }, minutes: [120, 180] },
		level: ['institution'],
		purpose: {
			nl: 'Zicht krijgen op de randvoorwaarden die een instellingsbrede implementatie van blended leren laten slagen of tegenhouden, en van daaruit toewerken naar een actieplan.',
			en: 'Getting a view of the conditions that make an institution-wide implementation of blended learning succeed or hold it back, and working from there towards an action plan.'
		},
		howToUse: {
			nl: 'Een workshopleider begeleidt 6 tot 15 deelnemers in drie tafelgroepen, één per categorie (strategie, structuur, support), door een GAP-analyse met de zelfscan. De groepen presenteren hun hoogste prioriteit en actiepunten, en samen spreek je af wie het actieplan oppakt. Blendwijzer ondersteunt deze workshop online.',
			en: 'A workshop leader takes 6 to 15 participants in three table groups, one per category (strategy, structure, support), through a GAP analysis with the self-scan. The groups present their top priority and action points, and together you agree who takes the action plan forward. Blendwijzer supports this workshop online.'
		},
		related: ['veranderstrategieen', 'visie-ontwikkeling'],
		notes: [
			{
				nl: 'Het aantal deelnemers en de opzet komen uit de productbeschrijving zelf (seed 002), niet uit het productoverzicht.',
				en: 'The number of participants and the set-up come from the product description itself (seed 002), not from the product overview.'
			}
		]
	},
	{
		key: 'veranderstrategieen',
		number: 15,
		title: { nl: 'Verander- en implementatiestrategieën', en: 'Change and implementation strategies' },
		summary: {
			nl: 'Praatplaten met aanvliegroutes om docenten te stimuleren bij de implementatie van blended leren, aangevuld met voorbeelden uit de praktijk.',
			en: 'Discussion posters with approaches for encouraging teachers during the implementation of blended learning, with examples from practice.'
		},
		audience: ['management', 'support'],
		audienceText: { nl: 'Managers en ondersteunende diensten', en: 'Managers and support services' },
		form: ['discussion-posters'],
		formText: { nl: 'Praatplaten', en: 'Discussion posters' },
		time: { text: { nl: 'Variabel', en: 'Variable' }, minutes: null },
		level: ['institution'],
		purpose: {
			nl: 'Een verandering of implementatieproject rond blended leren aanpakken, met oog voor de verschillen tussen docenten.',
			en: 'Tackling a change or implementation project around blended learning, with an eye for the differences between teachers.'
		},
		howToUse: {
			nl: 'Gebruik de praatplaten om met collega’s een aanvliegroute te kiezen; de tips helpen onder meer om te differentiëren tussen docenten.',
			en: 'Use the discussion posters to choose an approach with colleagues; the tips help, among other things, to differentiate between teachers.'
		},
		related: ['implementatie-actieplan', 'voorbeelden'],
		notes: [
			{
				nl: 'Het productoverzicht noemt de vorm “Praatplaten”; de routeplanners spreken van infographics.',
				en: 'The product overview calls the form “Praatplaten” (discussion posters); the route planners speak of infographics.'
			}
		]
	}
];
