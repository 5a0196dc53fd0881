/**
 * The knowledge behind the toolkit, in our own words (the tests check that no run of eight words is
 * copied from the seeds), from:
 * - sources/transitie-review-seed.txt: the public version of Hogeschool Rotterdam's literature review
 *   on the institutional transition to blended education (definitions, Adekola's readiness elements,
 *   distributed leadership, attention points per level under why / how / who);
 * - sources/han-notitie-seed.txt: HAN's policy note on blended learning (its definition and the
 *   Blended Leren Bloem, why the HAN invests in it, the steps for management).
 *
 * What the seeds leave open:
 * - The figures are lost: the Bloem's drawing with "enkele voorbeelden", the review's overview table
 *   of attention points and the EMBED figure. The Bloem's petals are described from the HAN's
 *   principles for the blend (section 3 of the note); the attention points from the review's running
 *   text, which covers the same levels and questions as the table.
 * - The note describes "het werkveld en de samenleving" as one learning environment in its principles
 *   but draws them as two petals; the workplace petal takes the work-context part (experiencing the
 *   context, applying and experimenting, working with professionals and clients), the society petal
 *   the societal part (current and wicked problems, citizens, adding value to society — the reason
 *   the note gives for adding that petal).
 * - Adekola et al. name "why, what, how and who"; the review orders its attention points under why,
 *   how and who only, and so do we.
 * - Neither seed dates the HAN note; it refers to the HAN's course for 2022-2028.
 */
import type { KnowledgePageInput } from '$lib/toolkit/schema';

const REVIEW_SOURCE = {
	nl: 'Hogeschool Rotterdam, Kenniscentrum Talentontwikkeling, onderzoekslijn Onderwijskwaliteit in verbinding (2021). Publieksversie van een literatuurreview naar de institutionele transitie naar blended hoger onderwijs.',
	en: 'Rotterdam University of Applied Sciences, Centre of Expertise Talent Development, research line Onderwijskwaliteit in verbinding (2021). Public version of a literature review on the institutional transition to blended higher education (in Dutch).'
};

const HAN_SOURCE = {
	nl: 'HAN University of Applied Sciences (z.j.). Notitie Blended Leren: definitie, waarom de HAN inzet op blended leren, onderwijskundige uitgangspunten en implementatie.',
	en: 'HAN University of Applied Sciences (n.d.). Note on blended learning: definition, why the HAN invests in blended learning, educational principles and implementation (in Dutch).'
};

const ADEKOLA_SOURCE = {
	nl: 'Adekola, Dale & Gardiner (2017), zoals samengevat in de review van Hogeschool Rotterdam.',
	en: 'Adekola, Dale & Gardiner (2017), as summarised in the Rotterdam University of Applied Sciences review.'
};

const READING_GUIDE_SOURCE = {
	nl: 'Versnellingsplan Onderwijsinnovatie met ICT. Blend je onderwijs: handvatten voor het ontwerpen en implementeren van blended leren — Leeswijzer.',
	en: 'Versnellingsplan Onderwijsinnovatie met ICT (Acceleration Plan for Educational Innovation with IT). Blend je onderwijs: guidance for designing and implementing blended learning — reading guide (in Dutch).'
};

export const knowledge: KnowledgePageInput[] = [
	{
		key: 'definities',
		title: { nl: 'Blended onderwijs, didactiek en leren', en: 'Blended education, teaching and learning' },
		summary: {
			nl: 'Drie begrippen die vaak door elkaar worden gebruikt, uit elkaar gehaald — en de definitie van de HAN.',
			en: 'Three terms that are often used interchangeably, taken apart — and the HAN’s definition.'
		},
		body: [
			{
				kind: 'paragraph',
				text: {
					nl: 'Wie over “blended” praat, bedoelt niet altijd hetzelfde. Het helpt om drie begrippen te scheiden (Goeman, Poelmans & Van Rompaey, 2018): het gaat om de instelling, om het ontwerp of om het leren van de student.',
					en: 'People who talk about “blended” do not always mean the same thing. It helps to separate three terms (Goeman, Poelmans & Van Rompaey, 2018): they concern the institution, the design, or the student’s learning.'
				}
			},
			{
				kind: 'list',
				ordered: false,
				items: [
					{
						id: 'blended-onderwijs',
						title: { nl: 'Blended onderwijs', en: 'Blended education' },
						text: {
							nl: 'De formele kant binnen de instelling: het beleid en de organisatorische en facilitaire voorzieningen die nodig zijn om blended opleidingen en cursussen te kunnen aanbieden.',
							en: 'The formal side within the institution: the policy and the organisational and facility arrangements needed to be able to offer blended programmes and courses.'
						}
					},
					{
						id: 'blended-didactiek',
						title: { nl: 'Blended didactiek', en: 'Blended teaching' },
						text: {
							nl: 'Het ontwerpen van blended leeractiviteiten en het begeleiden en ondersteunen ervan, de pedagogische kant inbegrepen: het werk van docenten en wie hen ondersteunt.',
							en: 'Designing blended learning activities and guiding and supporting them, the pedagogical side included: the work of teachers and of those who support them.'
						}
					},
					{
						id: 'blended-leren',
						title: { nl: 'Blended leren', en: 'Blended learning' },
						text: {
							nl: 'Het leerproces van de student dat ontstaat wanneer onderwijs op locatie (face-to-face) en online onderwijs weloverwogen en samenhangend worden gecombineerd, zodat elk zijn sterkste kanten voor het leren inbrengt.',
							en: 'The student’s learning process that arises when on-site (face-to-face) and online education are combined deliberately and coherently, so that each contributes what it does best for learning.'
						}
					},
					{
						id: 'han-definitie',
						title: { nl: 'De definitie van de HAN', en: 'The HAN’s definition' },
						text: {
							nl: 'De HAN omschrijft blended leren als de best passende mix van fysieke leeractiviteiten en leeractiviteiten die op digitale technologie steunen, in vier leeromgevingen — online, de campus, de werkplek en de samenleving — die elkaar versterken doordat ze samenhangen. De Blended Leren Bloem beeldt dit uit.',
							en: 'The HAN describes blended learning as the best-fitting mix of physical learning activities and activities that rely on digital technology, in four learning environments — online, the campus, the workplace and society — that strengthen one another because they hang together. The Blended Learning Flower depicts this.'
						}
					}
				]
			},
			{
				kind: 'paragraph',
				text: {
					nl: 'Een officiële, wetenschappelijk vastgestelde definitie bestaat niet, en ook in het onderzoek zijn de begrippen nog niet overal afgebakend. Welke invulling een instelling kiest, hangt af van haar ambitie en haar visie op leren en onderwijs; instituten met een eigen onderwijsmodel komen zo tot verschillende blends. Dat verrijkt, maar maakt kennis delen lastiger. Samen één definitie kiezen is daarom het vertrekpunt — de eerste stap van elke routeplanner.',
					en: 'There is no official, scientifically established definition, and research has not settled the terms everywhere either. Which interpretation an institution chooses depends on its ambition and its vision of learning and education; institutes with their own educational model thus arrive at different blends. That is enriching, but makes sharing knowledge harder. Agreeing on one definition together is therefore the starting point — the first step of every route planner.'
				}
			},
			{
				kind: 'paragraph',
				text: {
					nl: 'De toolkit behandelt blended leren als een ontwerpvraag en niet als een digitaliseringsvraag: goed onderwijs is het doel, blended leren het middel. Technologie doet ertoe, maar volgt op een doordacht ontwerp, samen met didactiek en ruimte.',
					en: 'The toolkit treats blended learning as a question of design, not of digitisation: good education is the goal, blended learning the means. Technology matters, but it follows a well-considered design, together with pedagogy and space.'
				}
			}
		],
		sources: [
			{
				nl: 'Goeman, Poelmans & Van Rompaey (2018), zoals samengevat in de review van Hogeschool Rotterdam.',
				en: 'Goeman, Poelmans & Van Rompaey (2018), as summarised in the Rotterdam University of Applied Sciences review.'
			},
			REVIEW_SOURCE,
			HAN_SOURCE,
			READING_GUIDE_SOURCE
		]
	},
	{
		key: 'blended-leren-bloem',
		title: { nl: 'De Blended Leren Bloem', en: 'The Blended Learning Flower' },
		summary: {
			nl: 'Het beeld van de HAN: een mix van leeractiviteiten in vier leeromgevingen die elkaar versterken.',
			en: 'The HAN’s image: a mix of learning activities in four learning environments that strengthen one another.'
		},
		body: [
			{
				kind: 'paragraph',
				text: {
					nl: 'De HAN verbeeldt haar definitie van blended leren als een bloem. In het hart staat de mix van fysieke en digitale leeractiviteiten; de blaadjes zijn de leeromgevingen waarin die plaatsvinden. Een opleiding kiest bewust welke omgeving ze voor welke leeractiviteit inzet, passend bij de beoogde leeruitkomsten.',
					en: 'The HAN pictures its definition of blended learning as a flower. At its heart is the mix of physical and digital learning activities; the petals are the learning environments in which they take place. A programme deliberately chooses which environment it uses for which learning activity, to fit the intended learning outcomes.'
				}
			},
			{
				kind: 'flower',
				centre: {
					title: { nl: 'Blended leren', en: 'Blended learning' },
					text: {
						nl: 'Een doordachte mix van fysieke en digitale leeractiviteiten die elkaar door hun samenhang versterken.',
						en: 'A well-considered mix of physical and digital learning activities that strengthen one another because they hang together.'
					}
				},
				petals: [
					{
						id: 'online',
						name: { nl: 'Online', en: 'Online' },
						description: {
							nl: 'Leren los van tijd en plaats: onderwijs toegankelijker en flexibeler maken, verder kijken dan de eigen instelling, werk delen voor feedback, studenten met studiedata en digitale formatieve toetsing hun eigen leren laten sturen, samen creëren, leeruitkomsten tonen in een digitaal portfolio, en activerende digitale werkvormen.',
							en: 'Learning independent of time and place: making education more accessible and flexible, looking beyond one’s own institution, sharing work for feedback, letting students steer their own learning with study data and digital formative assessment, creating together, showing learning outcomes in a digital portfolio, and activating digital learning activities.'
						}
					},
					{
						id: 'campus',
						name: { nl: 'Campus', en: 'Campus' },
						description: {
							nl: 'De plek om elkaar te ontmoeten: interactieve werkvormen waarin studenten samen verdiepen, kennis toepassen, vaardigheden oefenen en samenwerkend leren.',
							en: 'The place to meet: interactive activities in which students deepen their understanding together, apply knowledge, practise skills and learn collaboratively.'
						}
					},
					{
						id: 'werkplek',
						name: { nl: 'Werkplek', en: 'Workplace' },
						description: {
							nl: 'Leren in de beroepscontext: de praktijk ervaren, het geleerde daar toepassen en ermee experimenteren, en samenwerken met professionals en opdrachtgevers.',
							en: 'Learning in the professional context: experiencing practice, applying and experimenting with what was learned there, and working with professionals and clients.'
						}
					},
					{
						id: 'samenleving',
						name: { nl: 'Samenleving', en: 'Society' },
						description: {
							nl: 'Leren aan actuele, vaak weerbarstige maatschappelijke vraagstukken (wicked problems), in contact met burgers en andere betrokkenen, over de grenzen van de instelling heen — en zo waarde toevoegen aan de samenleving.',
							en: 'Learning from current, often unruly societal issues (wicked problems), in contact with citizens and other stakeholders, across the boundaries of the institution — and so adding value to society.'
						}
					}
				],
				textAlternative: {
					nl: 'Een bloem met vier blaadjes rond een hart. In het hart: blended leren, een doordachte mix van fysieke en digitale leeractiviteiten. De blaadjes zijn de vier leeromgevingen: online, campus, werkplek en samenleving.',
					en: 'A flower with four petals around a heart. In the heart: blended learning, a well-considered mix of physical and digital learning activities. The petals are the four learning environments: online, campus, workplace and society.'
				}
			},
			{
				kind: 'paragraph',
				text: {
					nl: 'De bloem is een doorontwikkeling van een eerdere definitie voor het deeltijdonderwijs. De samenleving kwam er als vierde blad bij, omdat de HAN actuele maatschappelijke ontwikkelingen in het onderwijs wil halen en waarde wil toevoegen aan de samenleving.',
					en: 'The flower develops an earlier definition made for part-time education. Society was added as the fourth petal because the HAN wants to bring current developments in society into its teaching and to add value to society.'
				}
			},
			{
				kind: 'paragraph',
				text: {
					nl: 'Bij het kiezen van de blend staat de student centraal: uitgaan van wat het beroep vraagt, aansluiten bij de leervraag van de student, actief en diepgaand leren, een veilige en toegankelijke leeromgeving, zo veel mogelijk open leermaterialen, en een heldere organisatie en planning die studenten helpt keuzes te maken en hun leren te sturen. Ontwikkel evidence-informed: met ontwerpprincipes (bijvoorbeeld ADDIE of ABC learning design), onderzoeksmatig in een ontwerpteam, en met een gevalideerd instrument om de vernieuwing te evalueren.',
					en: 'In choosing the blend the student comes first: starting from what the profession asks, meeting the student’s learning needs, active and deep learning, a safe and accessible learning environment, open learning materials wherever possible, and a clear organisation and planning that help students make choices and steer their learning. Develop in an evidence-informed way: with design principles (for example ADDIE or ABC learning design), as research in a design team, and with a validated instrument to evaluate the innovation.'
				}
			}
		],
		sources: [HAN_SOURCE]
	},
	{
		key: 'waarom-blended-leren',
		title: { nl: 'Waarom blended leren?', en: 'Why blended learning?' },
		summary: {
			nl: 'Wat blended leren kan opleveren, zoals de HAN het aan haar strategische doelen verbindt.',
			en: 'What blended learning can bring, as the HAN links it to its strategic goals.'
		},
		body: [
			{
				kind: 'paragraph',
				text: {
					nl: 'De HAN ziet blended leren als bouwsteen voor haar koers: goed hoger beroepsonderwijs dat flexibel is, studenten en medewerkers digitaal vaardig maakt en duurzame banden aangaat met partners en alumni.',
					en: 'The HAN sees blended learning as a building block for its course: good higher professional education that is flexible, makes students and staff digitally skilled and builds lasting ties with partners and alumni.'
				}
			},
			{
				kind: 'list',
				ordered: false,
				items: [
					{
						id: 'kwaliteit',
						title: { nl: 'Beter onderwijs', en: 'Better education' },
						text: {
							nl: 'Leerervaringen die studenten activeren, samen leren en leren op eigen tempo die elkaar versterken, aansluiting bij wat studenten nodig hebben en bij de digitale transformatie, en voor elke leeractiviteit de best passende leeromgeving.',
							en: 'Learning experiences that activate students, learning together and learning at one’s own pace reinforcing each other, a fit with what students need and with the digital transformation, and the best-fitting learning environment for each learning activity.'
						}
					},
					{
						id: 'wereldburgers',
						title: { nl: 'Maatschappelijk betrokken wereldburgers', en: 'Socially engaged global citizens' },
						text: {
							nl: 'Onderwijs dat toegankelijker en inclusiever is en aanzet tot leren over disciplines en sectoren heen, zodat studenten naast vakkennis ook brede vaardigheden opdoen.',
							en: 'Education that is more accessible and inclusive and invites learning across disciplines and sectors, so that students gain broad skills as well as professional knowledge.'
						}
					},
					{
						id: 'digitaal-vaardig',
						title: { nl: 'Digi- en datavaardig', en: 'Digitally and data literate' },
						text: {
							nl: 'Door digitale technologie te gebruiken, bouwen studenten en professionals digitale geletterdheid op.',
							en: 'By using digital technology, students and professionals build digital literacy.'
						}
					},
					{
						id: 'flexibiliteit',
						title: { nl: 'Flexibiliteit', en: 'Flexibility' },
						text: {
							nl: 'Keuze in tijd, plaats, vorm en tempo maakt gepersonaliseerd onderwijs mogelijk, trekt een diversere studentpopulatie aan en helpt studenten die onder bijzondere omstandigheden studeren.',
							en: 'Choice of time, place, form and pace makes personalised education possible, attracts a more diverse student population and helps students who study in special circumstances.'
						}
					},
					{
						id: 'partners',
						title: { nl: 'Verbinding met partners', en: 'Ties with partners' },
						text: {
							nl: 'Samenwerken met andere instellingen en met het werkveld wordt eenvoudiger.',
							en: 'Working with other institutions and with the professional field becomes easier.'
						}
					},
					{
						id: 'professionals-en-alumni',
						title: { nl: 'Professionals en alumni', en: 'Professionals and alumni' },
						text: {
							nl: 'Opleidingen worden aantrekkelijker voor werkende professionals, en online leergemeenschappen houden alumni een leven lang verbonden.',
							en: 'Programmes become more attractive to working professionals, and online learning communities keep alumni connected for life.'
						}
					}
				]
			}
		],
		sources: [HAN_SOURCE]
	},
	{
		key: 'gereedheid',
		title: { nl: 'Klaar voor blended? Vier elementen', en: 'Ready for blended? Four elements' },
		summary: {
			nl: 'Waarin instellingen verschillen in hoe goed ze voorbereid zijn op blended leren, volgens Adekola et al. (2017).',
			en: 'Where institutions differ in how well prepared they are for blended learning, according to Adekola et al. (2017).'
		},
		body: [
			{
				kind: 'paragraph',
				text: {
					nl: 'Is onze instelling klaar voor de overstap naar blended onderwijs? Adekola en collega’s (2017) beschrijven niet alleen een institutioneel kader voor die overstap, maar laten ook zien dat instellingen verschillen in hoe goed ze voorbereid zijn. Dat hangt af van vier elementen.',
					en: 'Is our institution ready for the move to blended education? Adekola and colleagues (2017) not only describe an institutional framework for that move, they also show that institutions differ in how well prepared they are. That depends on four elements.'
				}
			},
			{
				kind: 'list',
				ordered: true,
				items: [
					{
						id: 'betrokkenheid',
						title: { nl: 'Betrokkenheid en commitment', en: 'Engagement and commitment' },
						text: {
							nl: 'De betrokkenen committeren zich aan de overstap naar blended leren.',
							en: 'The stakeholders commit themselves to the move to blended learning.'
						}
					},
					{
						id: 'competenties',
						title: { nl: 'Competenties', en: 'Competences' },
						text: {
							nl: 'Medewerkers en studenten hebben de kennis en vaardigheden die de overstap vraagt, en zetten die ook in.',
							en: 'Staff and students have the knowledge and skills the move requires, and put them to use.'
						}
					},
					{
						id: 'samenwerking',
						title: { nl: 'Samenwerking', en: 'Collaboration' },
						text: {
							nl: 'Samenwerken in professionele leergemeenschappen: goede praktijken delen, onderzoek omzetten in bruikbare handvatten en trainingen, en onderwijs samen ontwerpen.',
							en: 'Working together in professional learning communities: sharing good practice, turning research into usable guidance and training, and designing education together.'
						}
					},
					{
						id: 'communicatie',
						title: { nl: 'Informatie en communicatie', en: 'Information and communication' },
						text: {
							nl: 'Communicatie die de organisatie bewust maakt van wat er gebeurt en de onderdelen op één lijn brengt.',
							en: 'Communication that makes the organisation aware of what is happening and brings its parts into line.'
						}
					}
				]
			},
			{
				kind: 'paragraph',
				text: {
					nl: 'Er zijn meer volwassenheidsmodellen. Het Europese project EMBED leverde een zelfscan op waarmee instellingen hun volwassenheid op acht aspecten bepalen. De zelfscan in Blendwijzer volgt het raamwerk van Graham, Woodfield en Harrison (2013).',
					en: 'There are more maturity models. The European EMBED project produced a self-scan with which institutions assess their maturity on eight aspects. The self-scan in Blendwijzer follows the framework of Graham, Woodfield and Harrison (2013).'
				}
			}
		],
		sources: [ADEKOLA_SOURCE, REVIEW_SOURCE]
	},
	{
		key: 'gespreid-leiderschap',
		title: { nl: 'Gespreid leiderschap en een multidisciplinaire aanpak', en: 'Distributed leadership and a multidisciplinary approach' },
		summary: {
			nl: 'Waarom de overstap naar blended onderwijs leiderschap op veel plekken vraagt, en wat dat leiderschap doet.',
			en: 'Why the move to blended education needs leadership in many places, and what that leadership does.'
		},
		body: [
			{
				kind: 'paragraph',
				text: {
					nl: 'Bij de overstap naar blended onderwijs zijn veel partijen betrokken. Overzichtsstudies pleiten daarom voor gespreid leiderschap (Garrison & Vaughan, 2013): mensen uit verschillende delen van de organisatie brengen hun expertise in bij de besluiten. Een strategie voor blended onderwijs maakt duidelijk waarom de overstap gemaakt wordt en wat voorrang krijgt.',
					en: 'Many parties are involved in the move to blended education. Review studies therefore argue for distributed leadership (Garrison & Vaughan, 2013): people from different parts of the organisation bring their expertise to the decisions. A strategy for blended education makes clear why the move is made and what comes first.'
				}
			},
			{
				kind: 'list',
				ordered: false,
				items: [
					{
						id: 'ruimte-en-middelen',
						title: { nl: 'Ruimte, middelen en mensen', en: 'Room, resources and people' },
						text: {
							nl: 'Leiderschap geeft ruimte om te experimenteren, stelt middelen beschikbaar en zet mensen met de juiste expertise in nieuwe of extra rollen, zoals ICTO-coaches of instructional designers, informatiemanagers en onderwijskundig adviseurs.',
							en: 'Leadership gives room to experiment, makes resources available and puts people with the right expertise in new or additional roles, such as educational technology coaches or instructional designers, information managers and educational advisers.'
						}
					},
					{
						id: 'opschalen',
						title: { nl: 'Motiveren en opschalen', en: 'Motivating and scaling up' },
						text: {
							nl: 'Samen met wie al ervaring heeft met blended onderwijs motiveert het leiderschap de andere professionals en zet het de lijnen uit waarlangs stap voor stap wordt opgeschaald.',
							en: 'Together with those who already have experience of blended education, leadership motivates the other professionals and sets out the lines along which the change is scaled up step by step.'
						}
					},
					{
						id: 'duidelijkheid',
						title: { nl: 'Duidelijkheid over de gevolgen', en: 'Clarity about the consequences' },
						text: {
							nl: 'Het leiderschap maakt voor elk organisatieonderdeel duidelijk wat de overstap betekent: voor het programma en de cursussen, het aanschaffen, maken of hergebruiken van leermateriaal, studentenzaken, ICT, studieloopbaanbegeleiding, evaluatie van onderwijs, de verwachtingen van studenten, de gezamenlijke ondersteuning, de nodige professionalisering, en de rol van de docent bij wisselende studentenaantallen.',
							en: 'Leadership makes clear to each part of the organisation what the move means: for the programme and its courses, buying, making or reusing learning materials, student affairs, IT, study and career guidance, evaluation of teaching, students’ expectations, the joint support structure, the professional development needed, and the teacher’s role as student numbers change.'
						}
					},
					{
						id: 'multidisciplinair',
						title: { nl: 'Een multidisciplinaire aanpak', en: 'A multidisciplinary approach' },
						text: {
							nl: 'Een blended ontwerp vraagt vakinhoudelijke, didactische en technologische kennis tegelijk (het TPACK-model, Koehler & Mishra, 2009). Die combinatie is bij de meeste docenten nog in ontwikkeling, en ook wie haar beheerst, moet vaak afstemmen met de IT-afdeling, een privacy officer of inkoop. Docenten hebben daarom ondersteuning nodig.',
							en: 'A blended design needs subject, pedagogical and technological knowledge at once (the TPACK model, Koehler & Mishra, 2009). Most teachers are still developing that combination, and even those who have it often need to coordinate with the IT department, a privacy officer or procurement. Teachers therefore need support.'
						}
					},
					{
						id: 'lerende-cultuur',
						title: { nl: 'Een lerende cultuur', en: 'A learning culture' },
						text: {
							nl: 'Een gedeelde aanpak ontstaat geleidelijk en is niet vooraf voor te schrijven. Daarom zijn professionele leergemeenschappen en goede ondersteuning doorslaggevend: zo werk je samen naar oplossingen toe.',
							en: 'A shared approach emerges gradually and cannot be prescribed in advance. That is why professional learning communities and good support are decisive: they are how you work towards solutions together.'
						}
					}
				]
			}
		],
		sources: [REVIEW_SOURCE]
	},
	{
		key: 'aandachtspunten',
		title: { nl: 'Aandachtspunten per niveau: waarom, hoe en wie', en: 'Points of attention per level: why, how and who' },
		summary: {
			nl: 'Wat de overstap naar blended onderwijs vraagt van de instelling, de ondersteunende diensten en docenten en studenten.',
			en: 'What the move to blended education asks of the institution, the support services, and teachers and students.'
		},
		body: [
			{
				kind: 'paragraph',
				text: {
					nl: 'Een literatuurreview van Hogeschool Rotterdam zette op een rij wat overzichtsstudies zeggen over de overstap van een hele instelling naar blended onderwijs. De aandachtspunten gelden voor drie niveaus — de instelling (macro), de ondersteunende diensten (meso) en docenten en studenten (micro) — en staan per niveau onder waarom, hoe en wie, naar de indeling van Adekola, Dale en Gardiner (2017). Ze helpen de niveaus op elkaar af te stemmen, bij het schrijven van een visie- en implementatieplan of om na te gaan of er aan alles is gedacht.',
					en: 'A literature review by Rotterdam University of Applied Sciences set out what review studies say about a whole institution moving to blended education. The points of attention apply to three levels — the institution (macro), the support services (meso) and teachers and students (micro) — and are ordered per level under why, how and who, after the division of Adekola, Dale and Gardiner (2017). They help align the levels, when writing a vision and implementation plan or to check that nothing has been forgotten.'
				}
			},
			{
				kind: 'levels',
				levels: [
					{
						id: 'instelling',
						name: { nl: 'Instelling en instituut', en: 'Institution and institute' },
						intro: {
							nl: 'Welke overwegingen spelen voor de instelling als geheel?',
							en: 'Which considerations matter for the institution as a whole?'
						},
						points: [
							{
								id: 'nieuwe-studenten',
								aspect: 'why',
								title: { nl: 'Nieuwe studenten en het werkveld', en: 'New students and the professional field' },
								text: {
									nl: 'Instellingen willen nieuwe groepen studenten bereiken — deeltijders, internationale studenten, wie flexibeler wil studeren — en nauwer samenwerken met het werkveld, met een leeromgeving die verder reikt dan het eigen gebouw.',
									en: 'Institutions want to reach new groups of students — part-time, international, those who want to study more flexibly — and to work more closely with the professional field, with a learning environment that reaches beyond their own buildings.'
								}
							},
							{
								id: 'huisvesting-en-flexibiliteit',
								aspect: 'why',
								title: { nl: 'Huisvesting en flexibiliteit', en: 'Accommodation and flexibility' },
								text: {
									nl: 'Als online onderwijs een groter aandeel krijgt, kan de vastgoedstrategie anders worden; de pandemie maakte dat zichtbaar. Ook docenten zullen na hun ervaringen in die tijd om meer flexibiliteit vragen.',
									en: 'If online education takes a larger share, the real-estate strategy may change; the pandemic made that visible. Teachers, too, will ask for more flexibility after their experience in that period.'
								}
							},
							{
								id: 'nationaal-beleid',
								aspect: 'why',
								title: { nl: 'Nationaal beleid en partnerschappen', en: 'National policy and partnerships' },
								text: {
									nl: 'Het hoger onderwijs flexibiliseert (Van Engelshoven, 2021) en het ministerie vraagt om digitale, open leermiddelen op grote schaal te ontwikkelen en te delen (OCW, 2019). Partnerschappen met andere instellingen of bedrijven om leermiddelen en digitale credentials (badges) samen te maken en uit te wisselen, kunnen het aanbod vernieuwen en schaalvoordeel geven.',
									en: 'Higher education is becoming more flexible (Van Engelshoven, 2021) and the ministry calls for developing and sharing open digital learning materials at scale (OCW, 2019). Partnerships with other institutions or companies to create and exchange learning materials and digital credentials (badges) can renew the offer and bring economies of scale.'
								}
							},
							{
								id: 'schaal-kiezen',
								aspect: 'how',
								title: { nl: 'De schaal kiezen en middelen toewijzen', en: 'Choosing the scale and allocating resources' },
								text: {
									nl: 'Bepaal op welke schaal je begint: alleen de deeltijdopleidingen, enkele instituten als voorlopers, of opleidingen die zelf kiezen hoe ver ze gaan. Wijs genoeg middelen toe voor actieplannen die haalbaar en duurzaam zijn.',
									en: 'Decide the scale you start at: only the part-time programmes, a few institutes as front-runners, or programmes that choose for themselves how far they go. Allocate enough resources for action plans that are feasible and sustainable.'
								}
							},
							{
								id: 'echt-herontwerpen',
								aspect: 'how',
								title: { nl: 'Echt herontwerpen', en: 'Real redesign' },
								text: {
									nl: 'Van der Klink (2021) onderscheidt blends met weinig tot veel impact op docenten en de organisatie. Bestaande methodes alleen aanvullen (low impact) levert geen beter leren op; daarvoor moet het onderwijs onderbouwd en evidence-informed opnieuw ontworpen worden (medium tot high impact).',
									en: 'Van der Klink (2021) distinguishes blends with little to much impact on teachers and the organisation. Merely supplementing existing methods (low impact) does not lead to better learning; for that, teaching must be redesigned on a sound, evidence-informed basis (medium to high impact).'
								}
							},
							{
								id: 'verbindend-leiderschap',
								aspect: 'how',
								title: { nl: 'Verbindend leiderschap', en: 'Connecting leadership' },
								text: {
									nl: 'Sturen op kwaliteit is belangrijk, maar vooral verbindend leiderschap brengt de overstap op gang (Vanderlinden, 2014), omdat bijna elk organisatieonderdeel verandert. Docenten staan als ontwerpers van onderwijs centraal, en het herontwerp verandert ook de ondersteuning om hen heen.',
									en: 'Steering on quality matters, but connecting leadership above all sets the move in motion (Vanderlinden, 2014), because almost every part of the organisation changes. Teachers are central as designers of education, and the redesign also changes the support around them.'
								}
							},
							{
								id: 'onderwijskundig-leiderschap',
								aspect: 'who',
								title: { nl: 'Onderwijskundig en gespreid leiderschap', en: 'Educational and distributed leadership' },
								text: {
									nl: 'Efficiënt én effectief blended onderwijs vraagt onderwijskundig en gespreid leiderschap op het niveau van de instelling. Mensen raken betrokken om uiteenlopende redenen: veranderde eigen behoeften, veranderde behoeften van studenten, kansen om te werken naar hun professionele overtuiging, soms een strategische oproep. Docenten moeten kunnen meepraten en goed ondersteund worden.',
									en: 'Efficient and effective blended education needs educational and distributed leadership at the level of the institution. People get involved for different reasons: changed needs of their own, changed needs of students, chances to work according to their professional beliefs, sometimes a strategic call. Teachers must be able to have their say and be well supported.'
								}
							}
						]
					},
					{
						id: 'ondersteunende-diensten',
						name: { nl: 'Ondersteunende diensten', en: 'Support services' },
						intro: {
							nl: 'Wat vraagt de overstap van de diensten en andere onderdelen van de organisatie?',
							en: 'What does the move ask of the services and other parts of the organisation?'
						},
						points: [
							{
								id: 'diensten-in-stelling',
								aspect: 'why',
								title: { nl: 'De diensten afstemmen op de ambitie', en: 'Aligning the services with the ambition' },
								text: {
									nl: 'Welke ambitie de organisatie ook kiest, de diensten moeten erop worden ingericht: studentenzaken en de ondersteuning en facilitering van docenten veranderen mee. Goede blended ontwerpen sluiten aan op wat docenten en studenten nodig hebben; wie die behoeften expliciet maakt, ziet de volgende stappen scherper.',
									en: 'Whatever ambition the organisation chooses, the services must be set up for it: student affairs and the support and facilities for teachers change along with it. Good blended designs fit what teachers and students need; making those needs explicit sharpens the view of the next steps.'
								}
							},
							{
								id: 'infrastructuur',
								aspect: 'how',
								title: { nl: 'Een volwassen IT-infrastructuur', en: 'A mature IT infrastructure' },
								text: {
									nl: 'Hoe volwassen de IT-infrastructuur is, bepaalt mede wat haalbaar is. Welke digitale leermiddelen beschikbaar komen, hangt ook af van inkoopbeleid, privacywetgeving (AVG) en ethische afwegingen; mediatheken helpen digitaal leermateriaal beschikbaar te maken.',
									en: 'How mature the IT infrastructure is partly determines what is feasible. Which digital learning resources become available also depends on procurement policy, privacy law (GDPR) and ethical considerations; libraries help make digital learning material available.'
								}
							},
							{
								id: 'onderwijskundige-ondersteuning',
								aspect: 'how',
								title: { nl: 'Onderwijskundige ondersteuning', en: 'Educational support' },
								text: {
									nl: 'Onderwijsadviseurs staan instituten bij op didactisch gebied en bewaken de kwaliteit; ICTO-coaches of instructional designers helpen blended onderwijs doordacht te ontwerpen en problemen op te lossen.',
									en: 'Educational advisers assist institutes on pedagogy and safeguard quality; educational technology coaches or instructional designers help design blended education thoughtfully and solve problems.'
								}
							},
							{
								id: 'samen-leren',
								aspect: 'how',
								title: { nl: 'Samen met docenten leren', en: 'Learning together with teachers' },
								text: {
									nl: 'De professionele ontwikkeling van docenten is een kern van de overstap, en de diensten leren met hen mee hoe blended onderwijs in te richten: vakkennis, didactiek en passende digitale middelen komen samen in een multidisciplinair leerproces. Mediatheek en studieloopbaanbegeleiding bedienen studenten vaker op afstand en op flexibele tijden.',
									en: 'Teachers’ professional development is at the core of the move, and the services learn alongside them how to set up blended education: subject knowledge, pedagogy and suitable digital resources come together in a multidisciplinary learning process. Library and study guidance serve students more often remotely and at flexible times.'
								}
							},
							{
								id: 'administratie-en-rooster',
								aspect: 'how',
								title: { nl: 'Administratie en rooster', en: 'Administration and timetable' },
								text: {
									nl: 'Reken op administratieve en organisatorische drempels, zoals inschrijving voor cursussen en roostering.',
									en: 'Expect administrative and organisational hurdles, such as course registration and timetabling.'
								}
							},
							{
								id: 'diensten-als-stakeholders',
								aspect: 'who',
								title: { nl: 'De diensten als spelers', en: 'The services as players' },
								text: {
									nl: 'In de professionele leergemeenschap binnen en tussen de niveaus zijn de diensten — IT, mediatheek en andere — belangrijke spelers. Hun werk verandert flink, dus zij moeten snel bijleren.',
									en: 'In the professional learning community within and between the levels, the services — IT, the library and others — are important players. Their work changes considerably, so they need to learn fast.'
								}
							}
						]
					},
					{
						id: 'docenten-en-studenten',
						name: { nl: 'Docenten en studenten', en: 'Teachers and students' },
						intro: {
							nl: 'Wat levert de overstap op voor wie lesgeeft en leert, en wat hebben zij nodig?',
							en: 'What does the move bring those who teach and learn, and what do they need?'
						},
						points: [
							{
								id: 'docenten-bouwen-door',
								aspect: 'why',
								title: { nl: 'Docenten bouwen door', en: 'Teachers build on their experience' },
								text: {
									nl: 'Docenten zijn gewend geraakt aan digitale middelen en kunnen daarop doorgroeien. Een blended ontwerp verbindt activiteiten op een vaste tijd en plek met online materiaal en activiteiten, die elkaar versterken. Het maakt variatie mogelijk tussen meer docent- en meer studentgestuurd werken en blended groepsopdrachten (Galvis, 2018), en nieuwe vormen van interactie tussen studenten, docent en leerstof.',
									en: 'Teachers have grown used to digital resources and can develop further from there. A blended design links activities at a fixed time and place with online material and activities, which reinforce each other. It allows variation between more teacher-led and more student-led work and blended group assignments (Galvis, 2018), and new kinds of interaction between students, teacher and content.'
								}
							},
							{
								id: 'studenten-profiteren',
								aspect: 'why',
								title: { nl: 'Studenten profiteren', en: 'Students benefit' },
								text: {
									nl: 'De aandacht voor het leerproces (relevantie, interesse, plezier) kan de betrokkenheid en het studiesucces van studenten verhogen (De Bruijn-Smolders & Prinsen, 2021) en hun doorzettingsvermogen (Van Laer & Elen, 2018). Studenten verwachten meer flexibiliteit, een leven lang leren wordt beter mogelijk, en instellingen kunnen meer studenten tegelijk bedienen met snellere feedback, samenwerkend leren en betere differentiatie.',
									en: 'The attention to the learning process (relevance, interest, enjoyment) can raise students’ engagement and study success (De Bruijn-Smolders & Prinsen, 2021) and their persistence (Van Laer & Elen, 2018). Students expect more flexibility, lifelong learning becomes easier, and institutions can serve more students at once with faster feedback, collaborative learning and better differentiation.'
								}
							},
							{
								id: 'ruimte-voor-docenten',
								aspect: 'how',
								title: { nl: 'Voorbeelden, tijd en ondersteuning voor docenten', en: 'Examples, time and support for teachers' },
								text: {
									nl: 'Om hun onderwijs evidence-informed te herontwerpen, hebben docenten goede voorbeelden, ruimte, tijd en passende ondersteuning nodig. Technologie voegt pas iets toe als vakkennis, didactiek en technologische kennis samenkomen. Niet elke docent staat positief tegenover online didactiek: soms ontbreekt de ervaring, soms botst het met opvattingen over goed onderwijs.',
									en: 'To redesign their teaching in an evidence-informed way, teachers need good examples, room, time and suitable support. Technology only adds something when subject knowledge, pedagogy and technological knowledge come together. Not every teacher is positive about online pedagogy: sometimes experience is lacking, sometimes it clashes with beliefs about good teaching.'
								}
							},
							{
								id: 'blended-didactiek',
								aspect: 'how',
								title: { nl: 'Wat blended didactiek combineert', en: 'What blended teaching combines' },
								text: {
									nl: 'Blended didactiek combineert didactische strategieën (bijvoorbeeld directe instructie met advance organisers, individuele begeleiding, feedback), soorten leermateriaal (kennisclips, interactieve oefenapps) en leeractiviteiten (samenwerkend en probleemgestuurd leren). Ze richt zich mede op de autonomie van studenten, samen kennis opbouwen en zelfsturing.',
									en: 'Blended teaching combines teaching strategies (for example direct instruction with advance organisers, one-to-one guidance, feedback), kinds of learning material (knowledge clips, interactive practice apps) and learning activities (collaborative and problem-based learning). It aims, among other things, at students’ autonomy, building knowledge together and self-regulation.'
								}
							},
							{
								id: 'studenten-centraal',
								aspect: 'how',
								title: { nl: 'Studenten centraal houden', en: 'Keeping students central' },
								text: {
									nl: 'Studenten moeten weten wat er van hen verwacht wordt, waar ze informatie vinden en welke begeleiding ze kunnen verwachten. Adoptiewerk richt zich vaak op docenten en minder op studenten (Graham et al., 2013). Bouw routes in voor wie digitale vaardigheden mist, en test nieuwe applicaties — liefst met studenten — op gebruiksgemak en meerwaarde.',
									en: 'Students need to know what is expected of them, where to find information and what guidance they can expect. Adoption work often focuses on teachers and less on students (Graham et al., 2013). Build in routes for those who lack digital skills, and test new applications — preferably with students — for ease of use and added value.'
								}
							},
							{
								id: 'gedeelde-verantwoordelijkheid',
								aspect: 'who',
								title: { nl: 'Verantwoordelijkheid delen', en: 'Sharing responsibility' },
								text: {
									nl: 'Docenten bouwen voort op hun ervaringen van voor en tijdens de pandemie, vanuit een duidelijke onderwijsvisie en met voldoende ondersteuning. De voorlopers speelden een grote rol, maar een duurzame overstap is een zaak van alle betrokkenen: losse lokale vernieuwingen zijn niet genoeg (Marshall, 2011). Het zelfvertrouwen en de overtuigingen van docenten bepalen mee of nieuwe middelen blijven (Ibrahim & Nat, 2019; Gachago et al., 2018).',
									en: 'Teachers build on their experience from before and during the pandemic, from a clear vision of education and with enough support. The front-runners played a big part, but a lasting move is a matter for everyone involved: separate local innovations are not enough (Marshall, 2011). Teachers’ self-confidence and beliefs help decide whether new resources stay (Ibrahim & Nat, 2019; Gachago et al., 2018).'
								}
							},
							{
								id: 'studenten-volgen',
								aspect: 'who',
								title: { nl: 'Studenten volgen en ondersteunen', en: 'Following and supporting students' },
								text: {
									nl: 'Of studenten blended onderwijs omarmen, hangt af van de interactie met docent en medestudenten, het voordeel dat ze ervaren, hun betrokkenheid, motivatie en flexibiliteit (Anthony et al., 2020). Houd hun houding, tevredenheid en voortgang in de gaten, en help hen bij de zelfregulatie die blended leren meer van hen vraagt.',
									en: 'Whether students embrace blended education depends on the interaction with the teacher and fellow students, the benefit they perceive, their engagement, motivation and flexibility (Anthony et al., 2020). Keep an eye on their attitude, satisfaction and progress, and help them with the self-regulation that blended learning asks more of.'
								}
							}
						]
					}
				]
			},
			{
				kind: 'paragraph',
				text: {
					nl: 'De conclusie van de review: stuur op gespreid en verbindend leiderschap, met kartrekkers en rolmodellen die een lerende cultuur uitdragen. Maak capaciteit vrij; naast het herverdelen van mensen en middelen vraagt de overstap een investering waar het leiderschap zich aan moet committeren. Vertaal onderzoek naar praktische handvatten en trainingen, deel kennis en goede voorbeelden, en bouw aan een cultuur van zelfsturende professionals. Alles staat in dienst van het leren van de student.',
					en: 'The review’s conclusion: steer on distributed and connecting leadership, with pioneers and role models who spread a learning culture. Free up capacity; besides redistributing people and resources, the move needs an investment that leadership must commit to. Translate research into practical guidance and training, share knowledge and good examples, and build a culture of self-directed professionals. Everything serves the student’s learning.'
				}
			}
		],
		sources: [ADEKOLA_SOURCE, REVIEW_SOURCE]
	},
	{
		key: 'managementstappen',
		title: { nl: 'Wat het management doet om blended leren in te voeren', en: 'What management does to implement blended learning' },
		summary: {
			nl: 'Zes stappen die het management zet om blended leren in een academie of opleiding in te voeren, naar de notitie van de HAN.',
			en: 'Six steps management takes to implement blended learning in a school or programme, after the HAN’s note.'
		},
		body: [
			{
				kind: 'paragraph',
				text: {
					nl: 'Blended leren invoeren in een academie of opleiding is een taak van het management. De HAN noemt daarvoor zes stappen.',
					en: 'Implementing blended learning in a school or programme is a task for management. The HAN names six steps for it.'
				}
			},
			{
				kind: 'list',
				ordered: true,
				items: [
					{
						id: 'ambities',
						title: { nl: 'Ambities bepalen en sturen', en: 'Set ambitions and steer' },
						text: {
							nl: 'Leg vast wat de ambities met blended leren zijn — die mogen per academie verschillen — en geef er zichtbaar richting aan: toon leiderschap.',
							en: 'Set out the ambitions for blended learning — they may differ per school — and give them visible direction: show leadership.'
						}
					},
					{
						id: 'professionalisering',
						title: { nl: 'Docenten en ondersteuners professionaliseren', en: 'Develop teachers and support staff' },
						text: {
							nl: 'Investeer in de professionalisering van docenten en ondersteuners, zodat zij blended onderwijs kunnen ontwerpen, geven en evalueren. Bij de HAN levert het professionaliseringsprogramma HAN Open Digital Horizons daarvoor bouwstenen.',
							en: 'Invest in the professional development of teachers and support staff, so that they can design, deliver and evaluate blended education. At the HAN, the professional development programme HAN Open Digital Horizons provides building blocks for this.'
						}
					},
					{
						id: 'ondersteuning',
						title: { nl: 'Structurele ondersteuning', en: 'Structural support' },
						text: {
							nl: 'Zorg dat docenten structureel technisch en didactisch ondersteund worden, zowel wanneer ze blended onderwijs ontwerpen als wanneer ze het geven.',
							en: 'Make sure teachers have structural technical and pedagogical support, both when they design blended education and when they deliver it.'
						}
					},
					{
						id: 'kennisdeling',
						title: { nl: 'Kennis en goede voorbeelden laten delen', en: 'Let knowledge and good practice be shared' },
						text: {
							nl: 'Maak het mogelijk en aantrekkelijk om kennis en goede voorbeelden uit te wisselen, binnen en tussen academies, en zet daarbij rolmodellen en kartrekkers in.',
							en: 'Make it possible and attractive to exchange knowledge and good practice, within and between schools, using role models and pioneers.'
						}
					},
					{
						id: 'doelen-en-kwaliteit',
						title: { nl: 'Doelen en kwaliteitscriteria stellen en bewaken', en: 'Set and monitor goals and quality criteria' },
						text: {
							nl: 'Formuleer heldere doelen en kwaliteitscriteria voor het blended onderwijs, passend bij de ambitie, de inhoud en wat onderzoek zegt, en laat ze evalueren en monitoren in de kwaliteitscyclus.',
							en: 'Formulate clear goals and quality criteria for blended education, suited to the ambition, the content and what research says, and have them evaluated and monitored in the quality cycle.'
						}
					},
					{
						id: 'ruimte-om-te-experimenteren',
						title: { nl: 'Ruimte geven om te experimenteren', en: 'Give room to experiment' },
						text: {
							nl: 'Geef docenten en studenten tijd, geld en middelen om met blended onderwijs te experimenteren, en durf ook te leren van experimenten die mislukken.',
							en: 'Give teachers and students time, money and resources to experiment with blended education, and dare to learn from experiments that fail too.'
						}
					}
				]
			},
			{
				kind: 'paragraph',
				text: {
					nl: 'De notitie laat de relatie tussen toetsen en beoordelen en blended leren bewust buiten beschouwing; die vraagt nog nadere verkenning.',
					en: 'The note deliberately leaves the relation between assessment and blended learning aside; that still needs further exploration.'
				}
			}
		],
		sources: [HAN_SOURCE]
	},
	{
		// "Over de toolkit": the reading guide's introduction, aim, levels, audience, principles and
		// closing (sources/leeswijzer-seed.txt, "Introductie" to "Uitgangspunten" and "Afsluiting").
		// The Dutch stays close to the seed's own sentences (shortened, the extraction's broken words
		// rejoined); the English says the same in our own words.
		key: 'over-de-toolkit',
		title: { nl: 'Over de toolkit', en: 'About the toolkit' },
		summary: {
			nl: 'Wat de toolkit “Blend je onderwijs” onder blended leren verstaat, wat hij wil bereiken, op welke niveaus en voor wie, volgens welke uitgangspunten — en waarom hij nooit af is.',
			en: 'What the toolkit “Blend je onderwijs” means by blended learning, what it sets out to do, at which levels and for whom, on which principles — and why it is never finished.'
		},
		body: [
			{ kind: 'heading', id: 'werkdefinitie', text: { nl: 'Wat we onder blended leren verstaan', en: 'What we mean by blended learning' } },
			{
				kind: 'paragraph',
				text: {
					nl: 'Er zijn veel definities van blended leren, maar de gemene deler is dat er gezocht wordt naar de best mogelijke mengvorm van leeractiviteiten. Vanuit het studentgerichte perspectief staat het verrijken van de leerervaring centraal. Dat wordt mogelijk door een harmonieuze integratie van verschillende strategieën en het combineren van fysieke interactie met (informatie- en communicatie-)technologie. Zo ontstaat een doordachte mengvorm van leeractiviteiten die op verschillende locaties plaatsvinden en de student ook buiten de klassikale contacttijd aan het werk zetten: met elkaar, met de docent(en) én met de leerinhoud.',
					en: 'Definitions of blended learning abound; what they share is the search for the best possible mix of learning activities. Seen from the student, the point is a richer learning experience. That comes from weaving different approaches together and from combining face-to-face contact with information and communication technology. The result is a deliberate mix of learning activities in several places, which keeps students working outside scheduled class time too: with each other, with their teachers and with the subject matter.'
				}
			},
			{
				kind: 'paragraph',
				text: {
					nl: 'De toolkit ziet blended leren als ontwerpvraagstuk en niet als digitaliseringsvraagstuk. Het doel is goed onderwijs en blended leren is daarbij het middel: een goed doordacht ontwerp is het uitgangspunt, en daarna wordt gezocht naar de juiste ondersteuning met technologie, verweven met didactiek en ruimte.',
					en: 'The toolkit treats blended learning as a design question rather than a digitisation project. Good education is what it is for, and blending is a way to get there: a carefully thought-out design comes first, and only then the technology that supports it, together with teaching methods and the spaces where learning happens.'
				}
			},
			{ kind: 'heading', id: 'doel', text: { nl: 'Doel', en: 'Aims' } },
			{
				kind: 'list',
				ordered: false,
				items: [
					{
						id: 'direct-doel',
						title: { nl: 'Het directe doel', en: 'The immediate aim' },
						text: {
							nl: 'Het ontwerpen en implementeren van blended leren op verschillende niveaus ondersteunen met evidence-informed en praktische handvatten, uitgewerkt in deelproducten. Evidence-informed werken betekent: je laten inspireren door bestaande kennis en onderzoeksresultaten.',
							en: 'To support the design and implementation of blended learning at several levels with practical guidance that draws on research (“evidence-informed”: inspired by what is already known and has been studied), worked out in separate products.'
						}
					},
					{
						id: 'uiteindelijk-doel',
						title: { nl: 'Het uiteindelijke doel', en: 'The ultimate aim' },
						text: {
							nl: 'De kwaliteit van het onderwijs verhogen door een binnen de eigen context best mogelijke leerervaring te creëren.',
							en: 'Better education, by creating the best learning experience that your own context allows.'
						}
					},
					{
						id: 'subdoelen',
						title: { nl: 'Subdoelen in de praktijk', en: 'Aims along the way' },
						text: {
							nl: 'Blended leren kent in de praktijk ook subdoelen, zoals het activeren van studenten, het intensiveren van de contacttijd, het personaliseren door meer flexibiliteit en differentiatie aan te brengen en/of het onderwijs meer te authentiseren door meer context aan te brengen.',
							en: 'In practice blended learning also serves narrower aims: getting students actively involved, making contact time count for more, personalising learning through flexibility and differentiation, and making education more authentic by bringing in real contexts.'
						}
					}
				]
			},
			{ kind: 'heading', id: 'niveaus', text: { nl: 'Drie niveaus', en: 'Three levels' } },
			{
				kind: 'list',
				ordered: true,
				items: [
					{
						id: 'niveau-cursus',
						title: { nl: 'Cursus: docenten(teams)', en: 'Course: teachers and teaching teams' },
						text: {
							nl: 'Het ontwerpen en uitvoeren van blended leren voor individuele docenten(teams), zoals het vinden van een geschikte ontwerpmethodiek of het selecteren van een geschikte werkvorm.',
							en: 'Teachers and teaching teams designing and running blended learning: for example finding a suitable design method or choosing a fitting learning activity.'
						}
					},
					{
						id: 'niveau-programma',
						title: { nl: 'Programma', en: 'Programme' },
						text: {
							nl: 'Het ontwerpen en uitvoeren van blended leren op programmaniveau, zoals het versterken van binding bij studenten of het in kaart brengen van de beschikbare faciliteiten.',
							en: 'Designing and running blended learning across a programme: for example strengthening students’ sense of belonging, or mapping the facilities that are available.'
						}
					},
					{
						id: 'niveau-instelling',
						title: { nl: 'Instelling', en: 'Institution' },
						text: {
							nl: 'Het implementeren van blended leren op instellingsniveau, zoals het opstellen van een visie, het creëren van een gedeelde taal en in kaart brengen van de organisatorische randvoorwaarden.',
							en: 'Implementing blended learning across the institution: for example writing a vision, building a shared language, and mapping the organisational conditions (which the self-scan does).'
						}
					}
				]
			},
			{ kind: 'heading', id: 'doelgroepen', text: { nl: 'Voor wie', en: 'Who it is for' } },
			{
				kind: 'list',
				ordered: false,
				items: [
					{
						id: 'primaire-doelgroep',
						title: { nl: 'Docenten(teams)', en: 'Teachers and teaching teams' },
						text: {
							nl: 'De primaire doelgroep: docenten(teams) die hun onderwijs gaan (her)ontwerpen voor blended leren.',
							en: 'The main audience: teachers and teams who are about to design, or redesign, their teaching as blended learning.'
						}
					},
					{
						id: 'secundaire-doelgroep',
						title: { nl: 'Ondersteunende diensten en managers', en: 'Support services and managers' },
						text: {
							nl: 'De secundaire doelgroep: ondersteunende diensten en managers die zich richten op de organisatorische randvoorwaarden en het bredere implementatievraagstuk op instellingsniveau. Elk van de drie doelgroepen heeft een eigen routeplanner.',
							en: 'The second audience: support services and managers, who look after the organisational conditions and the wider question of implementing blended learning across the institution. Each of the three audiences has its own route planner.'
						}
					},
					{
						id: 'andere-contexten',
						title: { nl: 'Hoger onderwijs, en verder', en: 'Higher education, and beyond' },
						text: {
							nl: 'Alle producten richten zich op hogescholen en universiteiten, maar de meeste materialen lenen zich ook voor andere onderwijscontexten, zoals het beroepsonderwijs of het voortgezet onderwijs.',
							en: 'Every product is made for universities and universities of applied sciences, but most of the material also works in other settings, such as vocational or secondary education.'
						}
					}
				]
			},
			{ kind: 'heading', id: 'uitgangspunten', text: { nl: 'Uitgangspunten', en: 'Principles' } },
			{
				kind: 'paragraph',
				text: {
					nl: 'Het belangrijkste uitgangspunt is docenten, ondersteunende diensten en managers concrete en praktisch inzetbare handvatten te bieden. Omdat er zoveel materiaal is, zie je vaak door de bomen het bos niet meer; de toolkit brengt bestaande handvatten, modellen, methodieken en instrumenten bij elkaar, vaak in samenwerking met instellingen en andere werkgroepen. Daarnaast waren leidend:',
					en: 'Above all, the toolkit wants to give teachers, support services and managers concrete guidance they can put to use straight away. There is so much material about that it is easy to lose your way, so the toolkit gathers existing guidance, models, methods and instruments in one place, often together with institutions and other working groups. It was further guided by these principles:'
				}
			},
			{
				kind: 'list',
				ordered: false,
				items: [
					{ id: 'alle-niveaus', title: { nl: 'Op alle niveaus inzetbaar', en: 'Usable at every level' }, text: { nl: 'Voor de cursus, het programma en de instelling.', en: 'For the course, the programme and the institution.' } },
					{ id: 'alle-doelgroepen', title: { nl: 'Voor verschillende doelgroepen bruikbaar', en: 'Useful to different audiences' }, text: { nl: 'Voor docenten, ondersteunende diensten en managers.', en: 'For teachers, support services and managers.' } },
					{ id: 'evidence-informed', title: { nl: 'Evidence-informed werkwijze', en: 'Evidence-informed' }, text: { nl: 'Geïnspireerd door bestaande kennis en onderzoeksresultaten, vertaald naar de Nederlandse context van het hoger onderwijs.', en: 'Drawing on existing knowledge and research, translated to Dutch higher education.' } },
					{ id: 'bestaande-materialen', title: { nl: 'Voortbordurend op bestaande materialen', en: 'Building on what exists' }, text: { nl: 'Bestaande hulpmiddelen krijgen een gedeelde plek in plaats van opnieuw te worden bedacht.', en: 'Existing tools get a common home instead of being reinvented.' } },
					{ id: 'open-source', title: { nl: 'Open source en gemakkelijk te contextualiseren', en: 'Open source and easy to adapt' }, text: { nl: 'Vrij te gebruiken en aan te passen aan de eigen instelling — zoals Blendwijzer doet met eigen teksten, routes en een eigen versie van de zelfscan.', en: 'Free to use and to adapt to your own institution — as Blendwijzer does with your own texts, routes and your own version of the self-scan.' } },
					{ id: 'twee-talen', title: { nl: 'Beschikbaar in het Nederlands en het Engels', en: 'In Dutch and English' }, text: { nl: 'Met uitzondering van enkele instrumenten.', en: 'Apart from a few instruments.' } }
				]
			},
			{ kind: 'heading', id: 'nooit-af', text: { nl: 'Nooit af', en: 'Never finished' } },
			{
				kind: 'paragraph',
				text: {
					nl: 'De toolkit is niet compleet en zal dat in essentie ook nooit zijn. Een gereedschapskist in de schuur is ook niet meteen compleet, en soms moet er gereedschap worden vervangen. Het voordeel is dat de toolkit de komende jaren steeds verder kan worden aangevuld en verfijnd. Het is aan de praktijk om daar invulling aan te geven, bijvoorbeeld met nieuwe producten die instellingen voordragen of die (door)ontwikkeld worden door SURF Communities.',
					en: 'The toolkit is not complete, and in a sense it never will be. Nobody expects a toolbox in the shed to hold every tool from day one, and now and then a tool needs replacing. That is also its strength: the toolkit can keep growing and improving over the years. Practice decides how — for instance through new products that institutions put forward, or that communities such as those of SURF develop further. In Blendwijzer an institution already adds its own materials and texts to it.'
				}
			}
		],
		sources: [READING_GUIDE_SOURCE]
	}
];
