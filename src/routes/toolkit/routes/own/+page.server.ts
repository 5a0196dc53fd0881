import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { format, messages } from '$lib/i18n';
import { handleForm, invalid, readForm, type FormErrors } from '$lib/server/http/forms';
import { ownRouteViewHref, productHref } from '$lib/toolkit/links';
import { MAX_PLACE, orderOwnRoute, parseSharedRoute, placeField, shareProblemText } from './own-route';
import { contentForRequest } from '$lib/toolkit/server/content';

export const load: PageServerLoad = async ({ url, locals }) => {
	const content = await contentForRequest(locals);
	const language = locals.language;
	// A shared route (`?p=…`, from "change this route" or a route planner) fills the form in.
	const param = url.searchParams.get('p');
	const shared = param === null ? null : parseSharedRoute(param, content.products);
	const places = new Map(shared?.ok ? shared.products.map((product, i) => [product.key, String(i + 1)]) : []);
	return {
		title: content.ownRoute.title[language],
		body: content.ownRoute.body.map((paragraph) => paragraph[language]),
		prefilled: shared?.ok === true,
		prefillProblem: shared && !shared.ok ? shareProblemText(shared.problem, messages(language).navigator) : null,
		maxPlace: MAX_PLACE,
		products: content.products.map((product) => ({
			key: product.key,
			href: productHref(product.key),
			title: product.title[language],
			summary: product.summary[language],
			time: product.time.text[language],
			chosen: places.has(product.key),
			place: places.get(product.key) ?? ''
		}))
	};
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		handleForm(async () => {
			const m = messages(locals.language).navigator;
			const products = (await contentForRequest(locals)).products;
			const form = await readForm(request, locals.language, products.map((product) => placeField(product.key)), ['product']);
			const chosen = form.many('product');
			const values: Record<string, string> = { product: chosen.join(',') };
			for (const product of products) values[placeField(product.key)] = form.one(placeField(product.key)).slice(0, 10);
			if (chosen.some((key) => !products.some((product) => product.key === key))) {
				return invalid(400, { form: m.ownErrors.unknownProduct }, values);
			}
			const order = orderOwnRoute(products.map((product) => ({ key: product.key, chosen: chosen.includes(product.key), place: form.one(placeField(product.key)) })));
			if (!order.ok) {
				const errors: FormErrors = {};
				if (order.noneChosen) errors.form = m.ownErrors.noneChosen;
				for (const key of order.badPlaces) errors[placeField(key)] = format(m.ownErrors.place, { max: MAX_PLACE });
				return invalid(400, errors, values);
			}
			redirect(303, ownRouteViewHref(order.keys));
		})
};
