/**
 * The workshop's one-page paper handout (A4), for participants who prefer paper: the seed's
 * explanation in short, then the worksheet: every factor with boxes for where we stand and where
 * we want to go and a column for what that takes, the priority and three action points. Written
 * with the same fonts and layout helpers as the action plan PDF.
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
	layout.paragraph(m.workshopUi.handoutWorksheet, { size: 10, bold: true });
	layout.paragraph(format(m.workshopUi.handoutPhases, { phases: instrument.phases.map((p, i) => `${i + 1} ${localise(p.name, language)}`).join(' · ') }), { size: 7.5, colour: COLOURS.muted });
	layout.space(0.2);
	const box = '1 ☐  2 ☐  3 ☐  ? ☐';
	layout.table(
		[
			{ header: m.workshopUi.factor, share: 27 },
			{ header: m.plan.whereNow, share: 19, align: 'center' },
			{ header: m.plan.whereTo, share: 19, align: 'center' },
			{ header: m.plan.whatNeeded, share: 35 }
		],
		instrument.categories.flatMap((c) => c.factors.map((f) => [`${localise(f.name, language)} (${localise(c.name, language)})`, box, box, '']))
	);
	layout.paragraph(`${m.workshop.sheet.priorityTitle}: ________________________________  ${m.workshopUi.priorityReason}: ______________________________`, { size: 8.5 });
	layout.space(0.4);
	layout.paragraph(m.workshop.sheet.actionPointsTitle, { size: 8.5, bold: true });
	for (const n of [1, 2, 3]) {
		layout.paragraph(`${n}. ____________________________________________________________________________________`, { size: 8.5 });
		layout.space(0.2);
	}
	pdf.end();
	return done;
}
