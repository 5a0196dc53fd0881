/**
 * Where the toolkit's pages live. Keys are kebab-case by the content schema, so they go into a
 * path or query as they are. The scan result page links here too, so the addresses are written once.
 */

export const TOOLKIT_HREF = '/toolkit';
export const ROUTES_HREF = '/toolkit/routes';
export const OWN_ROUTE_HREF = '/toolkit/routes/own';
export const KNOWLEDGE_HREF = '/toolkit/knowledge';

export function productHref(key: string): string {
	return `/toolkit/product/${key}`;
}

export function routeHref(key: string): string {
	return `${ROUTES_HREF}/${key}`;
}

/** The id of a knowledge item's element on its page: prefixed, so an item id never clashes with the page's own ids. */
export function itemAnchor(itemId: string): string {
	return `item-${itemId}`;
}

export function knowledgeHref(pageKey: string, itemId?: string): string {
	return `${KNOWLEDGE_HREF}/${pageKey}${itemId === undefined ? '' : `#${itemAnchor(itemId)}`}`;
}

/** "Over de toolkit": a knowledge page (content is data), with its own place in the navigator's menu. */
export const ABOUT_PAGE_KEY = 'over-de-toolkit';
export const ABOUT_HREF = knowledgeHref(ABOUT_PAGE_KEY);

/** The planner, optionally starting from these products in this order. */
export function ownRouteHref(keys: readonly string[] = []): string {
	return keys.length === 0 ? OWN_ROUTE_HREF : `${OWN_ROUTE_HREF}?p=${keys.join(',')}`;
}

/** The read-only page of an own route: the route is the query, `?p=key1,key2,…`. */
export function ownRouteViewHref(keys: readonly string[]): string {
	return `${OWN_ROUTE_HREF}/view?p=${keys.join(',')}`;
}
