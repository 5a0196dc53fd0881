/**
 * For each factor of the self-scan: the products and knowledge that help close a gap on it. The
 * seeds do not give this mapping; it is our reading of what each product and knowledge item is for,
 * set against the factor's phase descriptors (src/lib/instrument/data/). Each entry says why in one
 * line, so an admin who edits the mapping sees the reasoning it replaces.
 */
import type { FactorHelpInput } from '$lib/toolkit/schema';

export const mapping: FactorHelpInput[] = [
	{
		factorKey: 'doelstellingen',
		products: [
			{
				productKey: 'visie-ontwikkeling',
				why: { nl: 'Doelstellingen volgen uit een gedeelde visie op onderwijs.', en: 'Goals follow from a shared vision of education.' }
			},
			{
				productKey: 'implementatie-actieplan',
				why: {
					nl: 'De zelfscan-workshop maakt van doelen concrete actiepunten.',
					en: 'The self-scan workshop turns goals into concrete action points.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'managementstappen',
				itemId: 'ambities',
				why: { nl: 'De eerste stap van het management: ambities bepalen.', en: 'Management’s first step: setting the ambitions.' }
			},
			{
				pageKey: 'waarom-blended-leren',
				why: {
					nl: 'Wat blended leren kan opleveren, als bron voor eigen doelen.',
					en: 'What blended learning can bring, as a source for your own goals.'
				}
			}
		]
	},
	{
		factorKey: 'belangenbehartiging',
		products: [
			{
				productKey: 'veranderstrategieen',
				why: {
					nl: 'Aanvliegroutes om docenten voor blended leren te winnen.',
					en: 'Approaches for winning teachers over to blended learning.'
				}
			},
			{
				productKey: 'voorbeelden',
				why: { nl: 'Goede voorbeelden overtuigen meer dan argumenten.', en: 'Good examples convince more than arguments do.' }
			},
			{
				productKey: 'gesprekskaarten-activerende-blend',
				why: {
					nl: 'Het gesprek over visie, beleid en leiderschap met docenten en managers samen.',
					en: 'The conversation about vision, policy and leadership with teachers and managers together.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'managementstappen',
				itemId: 'kennisdeling',
				why: { nl: 'Rolmodellen en kartrekkers inzetten.', en: 'Using role models and pioneers.' }
			},
			{
				pageKey: 'gereedheid',
				itemId: 'betrokkenheid',
				why: { nl: 'Commitment van de betrokkenen is een eerste voorwaarde.', en: 'Stakeholders’ commitment is a first condition.' }
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'verbindend-leiderschap',
				why: {
					nl: 'Verbindend leiderschap brengt de overstap op gang.',
					en: 'Connecting leadership sets the move in motion.'
				}
			}
		]
	},
	{
		factorKey: 'definitie',
		products: [
			{
				productKey: 'gedeelde-taal',
				why: {
					nl: 'Precies hiervoor gemaakt: samen tot een definitie en gedeelde taal komen.',
					en: 'Made for exactly this: arriving at a definition and a shared language together.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'definities',
				why: {
					nl: 'Het onderscheid tussen blended onderwijs, didactiek en leren.',
					en: 'The distinction between blended education, teaching and learning.'
				}
			},
			{
				pageKey: 'blended-leren-bloem',
				why: {
					nl: 'Een uitgewerkte definitie om aan te spiegelen.',
					en: 'A worked-out definition to hold your own against.'
				}
			}
		]
	},
	{
		factorKey: 'beleid',
		products: [
			{
				productKey: 'visie-ontwikkeling',
				why: { nl: 'Beleid bouwt voort op een gedeelde visie.', en: 'Policy builds on a shared vision.' }
			},
			{
				productKey: 'implementatie-actieplan',
				why: {
					nl: 'Een actieplan is een eerste aanzet tot beleid.',
					en: 'An action plan is a first step towards policy.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'gespreid-leiderschap',
				itemId: 'duidelijkheid',
				why: {
					nl: 'Waar beleid duidelijkheid over moet geven, onderdeel voor onderdeel.',
					en: 'What policy must make clear, part by part of the organisation.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'schaal-kiezen',
				why: {
					nl: 'De schaal kiezen en middelen toewijzen.',
					en: 'Choosing the scale and allocating resources.'
				}
			}
		]
	},
	{
		factorKey: 'implementatie',
		products: [
			{
				productKey: 'implementatie-actieplan',
				why: {
					nl: 'Brengt de randvoorwaarden voor een instellingsbrede implementatie in kaart.',
					en: 'Maps the conditions for an institution-wide implementation.'
				}
			},
			{
				productKey: 'veranderstrategieen',
				why: {
					nl: 'Strategieën om de implementatie onder docenten te laten slagen.',
					en: 'Strategies for making the implementation succeed among teachers.'
				}
			},
			{
				productKey: 'beginnen-met-blended-leren',
				why: {
					nl: 'Helpt docenten van losse cursussen naar programmaniveau.',
					en: 'Helps teachers move from single courses to programme level.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'aandachtspunten',
				itemId: 'echt-herontwerpen',
				why: { nl: 'Aanvullen is niet genoeg: echt herontwerpen.', en: 'Supplementing is not enough: real redesign.' }
			},
			{
				pageKey: 'gespreid-leiderschap',
				itemId: 'opschalen',
				why: { nl: 'Stap voor stap opschalen.', en: 'Scaling up step by step.' }
			}
		]
	},
	{
		factorKey: 'infrastructuur',
		products: [
			{
				productKey: 'digitale-leeromgeving',
				why: {
					nl: 'Haal meer uit de digitale leeromgeving die er al is.',
					en: 'Get more out of the digital learning environment already in place.'
				}
			},
			{
				productKey: 'van-doel-naar-tool',
				why: {
					nl: 'Tools kiezen die passen bij het onderwijsdoel.',
					en: 'Choosing tools that fit the teaching goal.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'aandachtspunten',
				itemId: 'infrastructuur',
				why: {
					nl: 'De volwassenheid van de IT-infrastructuur bepaalt wat haalbaar is.',
					en: 'The maturity of the IT infrastructure determines what is feasible.'
				}
			}
		]
	},
	{
		factorKey: 'modellen',
		products: [
			{
				productKey: 'ontwerpmethodieken',
				why: {
					nl: 'Een overzicht van gangbare ontwerpmethodieken.',
					en: 'An overview of common design methods.'
				}
			},
			{
				productKey: 'voorbeelden',
				why: {
					nl: 'Modellen in de praktijk, ter inspiratie.',
					en: 'Models in practice, for inspiration.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'blended-leren-bloem',
				why: {
					nl: 'Een model van de blend in vier leeromgevingen.',
					en: 'A model of the blend in four learning environments.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'echt-herontwerpen',
				why: {
					nl: 'Blends met weinig tot veel impact (Van der Klink).',
					en: 'Blends with little to much impact (Van der Klink).'
				}
			}
		]
	},
	{
		factorKey: 'onderwijsruimtes',
		products: [
			{
				productKey: 'inventarisatie-onderwijsruimtes',
				why: { nl: 'Breng in kaart welke ruimtes er zijn.', en: 'Map the spaces there are.' }
			},
			{
				productKey: 'scoringsinstrument-onderwijsruimtes',
				why: {
					nl: 'Scoor ruimtes en zie welke herzien moeten worden.',
					en: 'Score the spaces and see which need reworking.'
				}
			},
			{
				productKey: 'ontwerpen-onderwijsruimtes',
				why: {
					nl: 'Ontwerp ruimtes voor actief leren.',
					en: 'Design spaces for active learning.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'blended-leren-bloem',
				itemId: 'campus',
				why: {
					nl: 'Waar de campus in de blend voor dient.',
					en: 'What the campus is for in the blend.'
				}
			}
		]
	},
	{
		factorKey: 'onderwijslogistiek',
		products: [
			{
				productKey: 'inventarisatie-onderwijsruimtes',
				why: {
					nl: 'Roosteraars koppelen het ontwerp aan een passende ruimte.',
					en: 'Timetablers match the design to a suitable space.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'aandachtspunten',
				itemId: 'administratie-en-rooster',
				why: {
					nl: 'Inschrijving en roostering als drempels.',
					en: 'Registration and timetabling as hurdles.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'diensten-in-stelling',
				why: {
					nl: 'De diensten inrichten op de ambitie.',
					en: 'Setting up the services for the ambition.'
				}
			}
		]
	},
	{
		factorKey: 'aansturing',
		products: [
			{
				productKey: 'implementatie-actieplan',
				why: {
					nl: 'Legt vast wie welke actie oppakt.',
					en: 'Records who takes which action forward.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'gespreid-leiderschap',
				why: {
					nl: 'Gespreid leiderschap en wat dat leiderschap doet.',
					en: 'Distributed leadership and what that leadership does.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'onderwijskundig-leiderschap',
				why: {
					nl: 'Onderwijskundig leiderschap op het niveau van de instelling.',
					en: 'Educational leadership at institution level.'
				}
			},
			{
				pageKey: 'managementstappen',
				itemId: 'ambities',
				why: { nl: 'Sturing geven aan de ambitie.', en: 'Steering the ambition.' }
			}
		]
	},
	{
		factorKey: 'evaluatie',
		products: [],
		knowledge: [
			{
				pageKey: 'managementstappen',
				itemId: 'doelen-en-kwaliteit',
				why: {
					nl: 'Doelen en kwaliteitscriteria evalueren en monitoren.',
					en: 'Evaluating and monitoring goals and quality criteria.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'studenten-volgen',
				why: {
					nl: 'Houding, tevredenheid en voortgang van studenten volgen.',
					en: 'Following students’ attitude, satisfaction and progress.'
				}
			}
		]
	},
	{
		factorKey: 'technische-ondersteuning',
		products: [
			{
				productKey: 'digitale-leeromgeving',
				why: {
					nl: 'Handvatten voor de inrichting van de digitale leeromgeving.',
					en: 'Guidance for setting up the digital learning environment.'
				}
			},
			{
				productKey: 'van-doel-naar-tool',
				why: {
					nl: 'Een rubriek om tools op bruikbaarheid te beoordelen.',
					en: 'A rubric for rating tools on usefulness.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'managementstappen',
				itemId: 'ondersteuning',
				why: {
					nl: 'Structurele technische ondersteuning van docenten.',
					en: 'Structural technical support for teachers.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'infrastructuur',
				why: { nl: 'Infrastructuur, inkoop, AVG en mediatheek.', en: 'Infrastructure, procurement, GDPR and the library.' }
			}
		]
	},
	{
		factorKey: 'didactische-ondersteuning',
		products: [
			{
				productKey: 'ontwerpmethodieken',
				why: {
					nl: 'Ondersteuners helpen docenten een ontwerpmethode te kiezen.',
					en: 'Support staff help teachers choose a design method.'
				}
			},
			{
				productKey: 'activerende-werkvormen',
				why: {
					nl: 'Stappenplannen en voorbeelden van activerende werkvormen.',
					en: 'Step-by-step plans and examples of activating learning activities.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'managementstappen',
				itemId: 'ondersteuning',
				why: {
					nl: 'Structurele didactische ondersteuning van docenten.',
					en: 'Structural pedagogical support for teachers.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'onderwijskundige-ondersteuning',
				why: {
					nl: 'Onderwijsadviseurs en ICTO-coaches.',
					en: 'Educational advisers and educational technology coaches.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'blended-didactiek',
				why: { nl: 'Wat blended didactiek combineert.', en: 'What blended teaching combines.' }
			}
		]
	},
	{
		factorKey: 'professionalisering',
		products: [
			{
				productKey: 'veranderstrategieen',
				why: {
					nl: 'Differentiëren tussen docenten bij de professionalisering.',
					en: 'Differentiating between teachers in professional development.'
				}
			},
			{
				productKey: 'gesprekskaarten-activerende-blend',
				why: {
					nl: 'De kaarten gaan onder meer over professionalisering.',
					en: 'The cards cover professional development, among other things.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'managementstappen',
				itemId: 'professionalisering',
				why: {
					nl: 'De stap van het management: docenten en ondersteuners professionaliseren.',
					en: 'Management’s step: developing teachers and support staff.'
				}
			},
			{
				pageKey: 'aandachtspunten',
				itemId: 'samen-leren',
				why: { nl: 'Diensten en docenten leren samen.', en: 'Services and teachers learn together.' }
			},
			{
				pageKey: 'gereedheid',
				itemId: 'competenties',
				why: { nl: 'Competenties als element van gereedheid.', en: 'Competences as an element of readiness.' }
			}
		]
	},
	{
		factorKey: 'stimuleringsstructuur',
		products: [
			{
				productKey: 'veranderstrategieen',
				why: {
					nl: 'Aanvliegroutes om docenten te stimuleren.',
					en: 'Approaches for encouraging teachers.'
				}
			}
		],
		knowledge: [
			{
				pageKey: 'managementstappen',
				itemId: 'ruimte-om-te-experimenteren',
				why: {
					nl: 'Tijd, geld en middelen om te experimenteren.',
					en: 'Time, money and resources to experiment.'
				}
			},
			{
				pageKey: 'managementstappen',
				itemId: 'kennisdeling',
				why: {
					nl: 'Kennisdeling stimuleren met rolmodellen en kartrekkers.',
					en: 'Encouraging knowledge sharing with role models and pioneers.'
				}
			},
			{
				pageKey: 'gespreid-leiderschap',
				itemId: 'ruimte-en-middelen',
				why: {
					nl: 'Ruimte, middelen en mensen vanuit het leiderschap.',
					en: 'Room, resources and people from leadership.'
				}
			}
		]
	}
];
