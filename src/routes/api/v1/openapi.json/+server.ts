import { json, type RequestHandler } from '@sveltejs/kit';
import { openApiDocument } from '$lib/survey/server/openapi';

/** The API's OpenAPI document: public, it describes no data. */
export const GET: RequestHandler = () => json(openApiDocument, { headers: { 'cache-control': 'public, max-age=300' } });
