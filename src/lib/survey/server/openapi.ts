/**
 * The OpenAPI 3.1 description of the read-only JSON API, served at /api/v1/openapi.json. Kept
 * beside the handlers (routes/api/v1) and checked against their answers by the e2e test.
 */
const distribution = {
	type: 'object',
	description: 'Counts per phase; "unknown" is "weet ik niet".',
	properties: { '1': { type: 'integer' }, '2': { type: 'integer' }, '3': { type: 'integer' }, unknown: { type: 'integer' } },
	required: ['1', '2', '3', 'unknown']
};
const figure = { type: ['number', 'null'] };

export const openApiDocument = {
	openapi: '3.1.0',
	info: {
		title: 'Blendwijzer API',
		version: '1.0.0',
		description:
			'Read-only access to the institution-wide scans (surveys) of one institution: the aggregated reports (groups smaller than the survey’s minimum group size are hidden, also by complementary suppression) and the raw anonymous answers. Authenticate with a per-institution API token (`Authorization: Bearer bwt_…`, made by an administrator under Surveys → API keys) or a signed-in session.'
	},
	servers: [{ url: '/api/v1' }],
	security: [{ bearer: [] }, { session: [] }],
	components: {
		securitySchemes: {
			bearer: { type: 'http', scheme: 'bearer', description: 'A per-institution API token, `bwt_` followed by 43 characters.' },
			session: { type: 'apiKey', in: 'cookie', name: '__Host-bw_session' }
		},
		schemas: {
			Error: { type: 'object', properties: { error: { type: 'string', enum: ['unauthorized', 'invalid_token', 'not_found'] } }, required: ['error'] },
			Distribution: distribution,
			FactorStats: {
				type: 'object',
				properties: {
					factorKey: { type: 'string' },
					categoryKey: { type: 'string' },
					current: { $ref: '#/components/schemas/Distribution' },
					desired: { $ref: '#/components/schemas/Distribution' },
					currentMedian: { ...figure, description: 'Median phase (1–3; x.5 between phases), null without answers.' },
					desiredMedian: figure,
					gap: { ...figure, description: 'desiredMedian − currentMedian' },
					spread: { ...figure, description: 'Share (0–1) of respondents who did not give the most common current phase.' },
					desiredSpread: figure,
					currentMean: { ...figure, description: 'Mean current phase ("unknown" left out).' },
					desiredMean: figure,
					paired: { type: 'integer', description: 'Respondents who gave a phase (1–3) both now and desired.' },
					wantsMore: { type: 'integer', description: 'Of those, how many want a higher phase than their current one.' },
					wantsLess: { type: 'integer' },
					meanGap: { ...figure, description: 'Mean of each respondent’s own desired − current phase.' },
					gapInterval: { type: ['array', 'null'], items: { type: 'number' }, description: '95% Student t interval of meanGap [low, high]; null below two pairs.' },
					agreement: { ...figure, description: '1 − Leik’s ordinal dispersion of the current phase (0–1).' },
					desiredAgreement: figure
				}
			},
			Group: {
				type: 'object',
				description: 'A group of respondents (everyone, a role, a unit). A hidden group has only its key.',
				properties: {
					key: { type: 'string', description: '"total", a role, or a unit id' },
					suppressed: { type: 'boolean' },
					respondents: { type: 'integer' },
					factors: { type: 'array', items: { $ref: '#/components/schemas/FactorStats' } },
					categories: { type: 'array', items: { type: 'object' } }
				},
				required: ['key', 'suppressed']
			},
			Survey: {
				type: 'object',
				properties: {
					id: { type: 'string', format: 'uuid' },
					title: { type: 'string' },
					level: { type: 'string', enum: ['institution', 'sector', 'programme'] },
					unit: { type: ['string', 'null'] },
					instrument: { type: 'object', properties: { key: { type: 'string' }, version: { type: 'integer' } } },
					opensAt: { type: 'string', format: 'date-time' },
					closesAt: { type: 'string', format: 'date-time' },
					state: { type: 'string', enum: ['not_open', 'open', 'closed'] },
					roles: { type: 'array', items: { type: 'string', enum: ['bestuurder', 'medewerker', 'student'] } },
					askUnit: { type: 'boolean' },
					minGroupSize: { type: 'integer' },
					responses: { type: 'integer' }
				}
			},
			PhaseAnswer: { oneOf: [{ type: 'integer', enum: [1, 2, 3] }, { type: 'string', enum: ['unknown'] }, { type: 'null' }] }
		}
	},
	paths: {
		'/surveys': {
			get: {
				summary: 'The institution’s surveys',
				responses: {
					'200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { surveys: { type: 'array', items: { $ref: '#/components/schemas/Survey' } } } } } } },
					'401': { description: 'No or invalid credentials', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
				}
			}
		},
		'/surveys/{id}/report': {
			get: {
				summary: 'The aggregated report of one survey',
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
				responses: {
					'200': {
						description: 'OK',
						content: {
							'application/json': {
								schema: {
									type: 'object',
									properties: {
										survey: { type: 'object' },
										units: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } },
										previous: { type: ['object', 'null'], description: 'The earlier survey of the same scope the change is measured against.' },
										report: {
											type: 'object',
											properties: {
												minGroupSize: { type: 'integer' },
												total: { $ref: '#/components/schemas/Group' },
												byRole: { type: 'array', items: { $ref: '#/components/schemas/Group' } },
												byUnit: { type: 'array', items: { $ref: '#/components/schemas/Group' } },
												byRoleAndUnit: {
													type: 'array',
													description: 'Role × unit combinations with respondents ("unit" is "" for no unit), hidden by row and column suppression.',
													items: { allOf: [{ $ref: '#/components/schemas/Group' }, { type: 'object', properties: { role: { type: 'string' }, unit: { type: 'string' } } }] }
												},
												factorsBySpread: { type: 'array', items: { type: 'string' }, description: 'Factor keys, most disagreement first.' },
												change: { type: ['array', 'null'], items: { type: 'object' } }
											}
										}
									}
								}
							}
						}
					},
					'401': { description: 'No or invalid credentials', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
					'404': { description: 'No such survey in this institution', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
				}
			}
		},
		'/surveys/{id}/responses': {
			get: {
				summary: 'The raw anonymous answers of one survey',
				description:
					'Streamed. No ids or times of day; the role or unit of a group the report hides is null; empty when the survey has fewer respondents than its minimum group size.',
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
				responses: {
					'200': {
						description: 'OK',
						content: {
							'application/json': {
								schema: {
									type: 'object',
									properties: {
										survey: { type: 'object' },
										responses: {
											type: 'array',
											items: {
												type: 'object',
												properties: {
													role: { type: ['string', 'null'] },
													unit: { type: ['string', 'null'] },
													date: { type: 'string', format: 'date' },
													answers: {
														type: 'object',
														additionalProperties: {
															type: 'object',
															properties: { current: { $ref: '#/components/schemas/PhaseAnswer' }, desired: { $ref: '#/components/schemas/PhaseAnswer' }, needed: { type: 'string' } }
														}
													}
												}
											}
										}
									}
								}
							}
						}
					},
					'401': { description: 'No or invalid credentials', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
					'404': { description: 'No such survey in this institution', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
				}
			}
		}
	}
} as const;
