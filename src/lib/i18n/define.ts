/** Declares a feature's texts: the English object must have exactly the Dutch keys. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export function defineMessages<const NL>(nl: NL, en: Shape<NL>): { nl: Shape<NL>; en: Shape<NL> } {
	return { nl: nl as Shape<NL>, en };
}
