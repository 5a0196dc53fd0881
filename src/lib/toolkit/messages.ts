import { defineMessages } from '$lib/i18n/define';

/** The public toolkit navigator: catalogue, product pages, route planners, own route, knowledge, and the help on a scan result. */
export const navigatorMessages = defineMessages(
	{
		navLink: 'Toolkit',
		sectionNav: 'Onderdelen van de toolkit',
		sections: { catalogue: 'Producten', routes: 'Routeplanners', ownRoute: 'Eigen route', knowledge: 'Kennis', about: 'Over de toolkit' },
		toolkit: 'Toolkit',
		backToToolkit: 'Naar de producten van de toolkit',

		catalogueTitle: 'Producten van de toolkit',
		catalogueIntro:
			'De toolkit “Blend je onderwijs” bestaat uit {total} producten voor docenten, ondersteunende diensten en managers. Filter op doelgroep, niveau, vorm en de tijd die je hebt, of volg een van de routeplanners.',
		filtersTitle: 'Filters',
		audience: 'Doelgroep',
		level: 'Niveau',
		form: 'Vorm',
		anyForm: 'Alle vormen',
		maxTime: 'Tijd die je hebt',
		anyTime: 'Maakt niet uit',
		upToMinutes: 'Hoogstens {minutes} minuten',
		maxTimeHint: 'Producten zonder vaste tijd (“Variabel”) tellen altijd mee.',
		filterButton: 'Filter',
		clearFilters: 'Alle filters wissen',
		resultsTitle: 'Gevonden producten',
		countAll: 'Alle {total} producten',
		countSome: '{count} van de {total} producten',
		countNone: 'Geen van de {total} producten past bij deze filters.',
		noResults: 'Haal een filter weg, of wis alle filters.',
		productNumber: 'Product {number}',
		time: 'Tijd',

		productFacts: 'In het kort',
		purpose: 'Waarvoor',
		howToUse: 'Zo gebruik je het',
		related: 'Verwante producten',
		attachments: 'Materialen van {institution}',
		attachmentFile: '{name}, {size}',
		attachmentSignedInOnly: 'alleen voor ingelogde gebruikers',
		inRoutes: 'In de routeplanners',
		routeStep: 'stap {n} van {total}',
		notInRoutes: 'Dit product is geen stap van een routeplanner. Je kunt het wel opnemen in je eigen route.',
		helpsFactors: 'Helpt de GAP te dichten bij deze factoren van de zelfscan',
		productNotFound: 'Dit product bestaat niet in de toolkit.',
		opensTitle: 'Ermee aan de slag in Blendwijzer',
		opensSignInNote: 'Wat hier “eerst inloggen” zegt, is van je instelling: je logt in met je account en komt daarna meteen op die pagina.',
		opensSignIn: '{label} (eerst inloggen)',
		opens: {
			'tool-catalogue': 'Open de toolcatalogus',
			'tool-finder': 'Vind een tool bij je doel',
			'tool-criteria': 'Criteria en bronnen van de rubriek',
			'room-inventory': 'Open de ruimte-inventaris',
			'room-finder': 'Vind een ruimte bij je ontwerp',
			'room-scoring': 'Scoor een ruimte',
			'room-heatmap': 'Bekijk de campuskaart van alle scores',
			'room-criteria': 'Criteria en bronnen van het scoringsinstrument'
		},

		routesTitle: 'Routeplanners',
		routesIntro:
			'Drie routeplanners stellen een volgorde door de producten voor: voor de docent, de ondersteunende dienst en de manager. Elke stap verwijst naar een product. Liever je eigen volgorde? Plan zelf je route.',
		stepCount: '{count} stappen',
		steps: 'De stappen',
		stepProduct: 'Product: {title}',
		orderNote: 'Waarom deze volgorde?',
		orderShort: 'Deze volgorde is een voorstel: elk product is ook los te gebruiken.',
		alsoInToolkit: 'Wat is er nog meer?',
		see: 'Zie',
		makeOwnFromRoute: 'Maak van deze route je eigen route',
		routeNotFound: 'Deze routeplanner bestaat niet.',

		ownChoose: 'Kies je producten en hun volgorde',
		ownChooseHint:
			'Vink de producten aan die je wilt gebruiken en geef elk een plek in je route: 1 is de eerste stap. Producten zonder plek komen achteraan, in de volgorde van het overzicht.',
		ownPlace: 'Plek',
		/** Read after “Plek” by screen readers, hidden on screen. */
		ownPlaceFor: 'in je route voor {product}',
		ownSave: 'Bewaar en deel',
		ownPrefilled: 'De producten van de gedeelde route staan al aangevinkt, in hun volgorde. Pas aan wat je wilt.',
		ownErrors: {
			noneChosen: 'Kies minstens één product voor je route.',
			place: 'Geef een heel getal van 1 tot en met {max}.',
			unknownProduct: 'Het formulier noemt een product dat niet in de toolkit staat.'
		},

		viewTitle: 'Eigen route',
		viewIntro: 'Een route die iemand zelf heeft samengesteld uit de producten van de toolkit, in deze volgorde.',
		shareTitle: 'Bewaren en delen',
		shareExplanation:
			'Deze route is nergens opgeslagen: de link zelf bevat de route. Bewaar de link, of stuur hem door; wie hem opent, ziet dezelfde stappen.',
		shareLink: 'Link naar deze route',
		editRoute: 'Pas deze route aan',
		newRoute: 'Stel een nieuwe route samen',
		shareErrors: {
			missing: 'Deze link bevat geen route. Stel eerst een route samen.',
			tooLong: 'Deze link is te lang om een route uit de toolkit te zijn.',
			malformed: 'Deze link naar een eigen route is niet goed gevormd: er staat een lege plek tussen de komma’s.',
			unknown: 'Deze link naar een eigen route noemt iets wat niet in de toolkit staat: {keys}.',
			duplicate: 'Deze link naar een eigen route noemt een product meer dan eens: {keys}.'
		},

		knowledgeTitle: 'Kennis achter de toolkit',
		knowledgeIntro:
			'De begrippen, beelden en aandachtspunten waarop de producten rusten, in onze eigen woorden samengevat. Elke pagina noemt haar bronnen.',
		sources: 'Bronnen',
		knowledgeNotFound: 'Deze kennispagina bestaat niet.',
		figureHeart: 'Het hart van de bloem',

		helpTitle: 'Wat helpt om de GAP te dichten',
		helpIntro:
			'Per factor met een GAP, de grootste eerst: producten uit de toolkit en kennis die helpen om van waar je staat te komen waar je heen wilt.',
		helpGap: 'GAP {gap}',
		helpProduct: 'Product',
		helpKnowledge: 'Kennis',
		helpNone: 'Geen enkele factor heeft (nog) een positieve GAP, dus er is niets te dichten. Bekijk de toolkit om verder te komen.'
	},
	{
		navLink: 'Toolkit',
		sectionNav: 'Parts of the toolkit',
		sections: { catalogue: 'Products', routes: 'Route planners', ownRoute: 'Own route', knowledge: 'Knowledge', about: 'About the toolkit' },
		toolkit: 'Toolkit',
		backToToolkit: 'To the products of the toolkit',

		catalogueTitle: 'Products of the toolkit',
		catalogueIntro:
			'The toolkit “Blend your education” consists of {total} products for teachers, support services and managers. Filter by audience, level, form and the time you have, or follow one of the route planners.',
		filtersTitle: 'Filters',
		audience: 'Audience',
		level: 'Level',
		form: 'Form',
		anyForm: 'All forms',
		maxTime: 'Time you have',
		anyTime: 'Any',
		upToMinutes: 'At most {minutes} minutes',
		maxTimeHint: 'Products without a fixed time (“Variable”) are always included.',
		filterButton: 'Filter',
		clearFilters: 'Clear all filters',
		resultsTitle: 'Products found',
		countAll: 'All {total} products',
		countSome: '{count} of the {total} products',
		countNone: 'None of the {total} products matches these filters.',
		noResults: 'Remove a filter, or clear all filters.',
		productNumber: 'Product {number}',
		time: 'Time',

		productFacts: 'At a glance',
		purpose: 'What it is for',
		howToUse: 'How to use it',
		related: 'Related products',
		attachments: 'Materials from {institution}',
		attachmentFile: '{name}, {size}',
		attachmentSignedInOnly: 'signed-in users only',
		inRoutes: 'In the route planners',
		routeStep: 'step {n} of {total}',
		notInRoutes: 'This product is not a step of a route planner. You can still include it in your own route.',
		helpsFactors: 'Helps close the GAP on these factors of the self-scan',
		productNotFound: 'This product does not exist in the toolkit.',
		opensTitle: 'Work with it in Blendwijzer',
		opensSignInNote: "What says “sign in first” here belongs to your institution: you sign in with your account and then go straight to that page.",
		opensSignIn: '{label} (sign in first)',
		opens: {
			'tool-catalogue': 'Open the tool catalogue',
			'tool-finder': 'Find a tool for your goal',
			'tool-criteria': 'Criteria and sources of the rubric',
			'room-inventory': 'Open the room inventory',
			'room-finder': 'Find a room for your design',
			'room-scoring': 'Score a room',
			'room-heatmap': 'See the campus heat map of all scores',
			'room-criteria': 'Criteria and sources of the scoring instrument'
		},

		routesTitle: 'Route planners',
		routesIntro:
			'Three route planners suggest an order through the products: for the teacher, the support service and the manager. Each step points to a product. Prefer your own order? Plan your own route.',
		stepCount: '{count} steps',
		steps: 'The steps',
		stepProduct: 'Product: {title}',
		orderNote: 'Why this order?',
		orderShort: 'This order is a suggestion: each product can also be used on its own.',
		alsoInToolkit: 'What else is there?',
		see: 'See',
		makeOwnFromRoute: 'Make this route your own',
		routeNotFound: 'This route planner does not exist.',

		ownChoose: 'Choose your products and their order',
		ownChooseHint:
			'Tick the products you want to use and give each a place in your route: 1 is the first step. Products without a place go last, in the order of the overview.',
		ownPlace: 'Place',
		ownPlaceFor: 'in your route for {product}',
		ownSave: 'Save and share',
		ownPrefilled: 'The products of the shared route are already ticked, in their order. Change what you like.',
		ownErrors: {
			noneChosen: 'Choose at least one product for your route.',
			place: 'Enter a whole number from 1 to {max}.',
			unknownProduct: 'The form names a product that is not in the toolkit.'
		},

		viewTitle: 'Own route',
		viewIntro: 'A route someone put together from the products of the toolkit, in this order.',
		shareTitle: 'Saving and sharing',
		shareExplanation:
			'This route is not stored anywhere: the link itself holds the route. Keep the link, or pass it on; whoever opens it sees the same steps.',
		shareLink: 'Link to this route',
		editRoute: 'Change this route',
		newRoute: 'Put together a new route',
		shareErrors: {
			missing: 'This link holds no route. Put a route together first.',
			tooLong: 'This link is too long to be a route through the toolkit.',
			malformed: 'This link to an own route is not well formed: there is an empty place between the commas.',
			unknown: 'This link to an own route names something that is not in the toolkit: {keys}.',
			duplicate: 'This link to an own route names a product more than once: {keys}.'
		},

		knowledgeTitle: 'Knowledge behind the toolkit',
		knowledgeIntro:
			'The concepts, images and points of attention the products rest on, summarised in our own words. Each page names its sources.',
		sources: 'Sources',
		knowledgeNotFound: 'This knowledge page does not exist.',
		figureHeart: 'The heart of the flower',

		helpTitle: 'What helps close the GAP',
		helpIntro:
			'Per factor with a GAP, largest first: products from the toolkit and knowledge that help you get from where you are to where you want to be.',
		helpGap: 'GAP {gap}',
		helpProduct: 'Product',
		helpKnowledge: 'Knowledge',
		helpNone: 'No factor has a positive GAP (yet), so there is nothing to close. Look through the toolkit to get further.'
	}
);
