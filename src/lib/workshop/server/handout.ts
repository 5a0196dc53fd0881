/**
 * The workshop's paper handout (A4), which the seed asks the leader to print for every
 * participant ("de toelichting en het werkblad"): the explanation in short, then the worksheet,
 * per category every factor with its three phase descriptors, so people scoring on paper score
 * "op basis van de genoemde criteria", with boxes for where we stand and where we want to go and
 * lines for what that takes; then the priority and three action points. Written with the same
 * fonts and layout helpers as the action plan PDF.
 */
import { format, localise, messages, type Language } from '$lib/i18n';
import type { Instrument } from '$lib/instrument/schema';
import { EXPLANATION_KEYS } from '$lib/workshop/workshop';
import { COLOURS, FONT_BOLD, MARGIN, openPdf, pdfText } from '$lib/server/export/pdf';

export interface HandoutInput {
	language: Language;
	instrument: Instrument;
	workshopTitle: string;
}

export async function handoutToPdf({ language, instrument, workshopTitle }: HandoutInput): Promise<Buffer> {
	const m = messages(language);
	const title = pdfText(`${m.workshop.title} — ${workshopTitle}`);
	const { pdf, layout, done } = openPdf({
		language,
		title,
		author: 'Blendwijzer',
		subject: localise(instrument.title, language),
		date: new Date(0),
		margins: { ...MARGIN, top: 36, bottom: 30 }
	});

	pdf.font(FONT_BOLD).fontSize(14).fillColor(COLOURS.text).text(title, MARGIN.left, 36, { width: layout.width });
	layout.space(0.3);
	for (const key of EXPLANATION_KEYS) {
		layout.paragraph(m.workshop.explanation[key], { size: 7.5 });
		layout.space(0.15);
	}
	layout.space(0.3);
	layout.heading(m.workshopUi.handoutWorksheet, 12);
	layout.paragraph(format(m.workshopUi.handoutPhases, { phases: instrument.phases.map((p, i) => `${i + 1} ${localise(p.name, language)}`).join(' · ') }), { size: 8.5, colour: COLOURS.muted });
	const box = '1 ☐   2 ☐   3 ☐   ? ☐';
	const phaseColumns = instrument.phases.map((phase, i) => ({ header: `${i + 1} ${localise(phase.name, language)}`, share: 100 / instrument.phases.length }));
	for (const category of instrument.categories) {
		layout.heading(localise(category.name, language), 11);
		for (const factor of category.factors) {
			layout.heading(localise(factor.name, language), 9.5);
			layout.table(phaseColumns, [factor.descriptors.map((d) => localise(d, language))]);
			layout.paragraph(`${m.plan.whereNow}: ${box}      ${m.plan.whereTo}: ${box}`, { size: 8.5 });
			layout.paragraph(`${m.plan.whatNeeded}: ______________________________________________________________`, { size: 8.5 });
			layout.space(0.4);
		}
	}
	layout.heading(m.workshop.sheet.priorityTitle, 11);
	layout.paragraph(`${m.workshopUi.priorityFactor}: ________________________________  ${m.workshopUi.priorityReason}: ______________________________`, { size: 8.5 });
	layout.space(0.4);
	layout.paragraph(m.workshop.sheet.actionPointsTitle, { size: 8.5, bold: true });
	for (const n of [1, 2, 3]) {
		layout.paragraph(`${n}. ____________________________________________________________________________________`, { size: 8.5 });
		layout.space(0.2);
	}
	pdf.end();
	return done;
}
