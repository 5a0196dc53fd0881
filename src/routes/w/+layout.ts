// A participant's phone: every style of the workshop page inline (it imports them), no stylesheet
// to fetch before the first paint (decision record 0057).
export const load = () => ({ stylesInline: true });
