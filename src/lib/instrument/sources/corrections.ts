/**
 * What the shipped instrument (`../data/zelfscan-blended-leren.v1.json`) corrects in the seed's
 * Dutch, each with the seed's original text (after undoing the extraction's line breaks) and why.
 * Everything else is word for word the seed. `instrument.test.ts` applies exactly these corrections
 * to the seed before comparing, so any other difference fails the test, and checks that no original
 * is left in the data. The toolkit's route texts do the same (see ../../toolkit/data/routes.ts).
 *
 * Two kinds:
 * - hyphens the text extraction lost: the seed's layout set the "weglatingsstreepje" (a shared
 *   second half, "opleidings- en domeinniveau") and the extraction dropped it, which changes how
 *   the sentence reads ("curriculum of programmaniveau");
 * - the author's slips: a missing word, a wrong article or inflection, a space inside a compound.
 */
export interface SeedCorrection {
	/** Where: the factor key and phase (1–3) of the descriptor, or the note's number. */
	where: string;
	original: string;
	corrected: string;
	why: 'lost hyphen' | 'slip';
}

export const SEED_CORRECTIONS: readonly SeedCorrection[] = [
	{ where: 'belangenbehartiging, phase 3', original: 'op opleidings, faculteits en/of domeinniveau', corrected: 'op opleidings-, faculteits- en/of domeinniveau', why: 'lost hyphen' },
	{ where: 'implementatie, phase 2', original: 'op curriculum of programmaniveau', corrected: 'op curriculum- of programmaniveau', why: 'lost hyphen' },
	{ where: 'implementatie, phase 3', original: 'faciliteren domein of faculteitsbrede', corrected: 'faciliteren domein- of faculteitsbrede', why: 'lost hyphen' },
	{ where: 'modellen, phase 2', original: 'of station rotatiemodel', corrected: 'of stationrotatiemodel', why: 'slip' },
	{ where: 'onderwijslogistiek, phase 2', original: 'van rooster en administratiesystemen', corrected: 'van rooster- en administratiesystemen', why: 'lost hyphen' },
	{ where: 'onderwijslogistiek, phase 3', original: 'Blended Leren is volledig opgenomen de keten', corrected: 'Blended leren is volledig opgenomen in de keten', why: 'slip' },
	{ where: 'aansturing, phase 1', original: 'geen expliciete aansturingssysteem', corrected: 'geen expliciet aansturingssysteem', why: 'slip' },
	{ where: 'evaluatie, phase 2', original: 'leeruitkomsten/ leerrendement', corrected: 'leeruitkomsten/leerrendement', why: 'slip' },
	{ where: 'technische-ondersteuning, phase 3', original: 'Er sprake van goede', corrected: 'Er is sprake van goede', why: 'slip' },
	{ where: 'didactische-ondersteuning, phase 2', original: 'kunnen aanspraak doen op', corrected: 'kunnen aanspraak maken op', why: 'slip' },
	{ where: 'professionalisering, phase 3', original: 'Congruent aan de visie, is blended leren', corrected: 'Congruent aan de visie is blended leren', why: 'slip' },
	{ where: 'professionalisering, phase 3', original: 'de traditionele HR ontwikkelcycli', corrected: 'de traditionele HR-ontwikkelcycli', why: 'slip' },
	{ where: 'stimuleringsstructuur, phase 1', original: 'expliciete stimuleringstructuur', corrected: 'expliciete stimuleringsstructuur', why: 'slip' },
	{ where: 'stimuleringsstructuur, phase 2', original: 'Verkenning stimuleringsmogelijkheden voor training en cursus ontwikkeling', corrected: 'Verkenning van stimuleringsmogelijkheden voor training en cursusontwikkeling', why: 'slip' },
	// The first note's "(202)" is a year cut short; rather than guess it, the data names the model's abbreviation.
	{ where: 'note 1', original: 'Blended Education” (202)', corrected: 'Blended Education” (EMBED)', why: 'slip' }
];

/** The seed text with every correction applied; throws when an original is not found exactly once (the list and the seed disagree). */
export function withSeedCorrections(seed: string): string {
	let text = seed;
	for (const { original, corrected } of SEED_CORRECTIONS) {
		const count = text.split(original).length - 1;
		if (count !== 1) throw new Error(`correction original found ${count} times, expected once: "${original}"`);
		text = text.replace(original, corrected);
	}
	return text;
}
