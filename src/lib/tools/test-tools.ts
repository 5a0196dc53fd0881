/** Hand-made tools for the tests: a complete, approved tool and its variations. Test code only. */
import type { Tool, ToolInput } from './tool';

export const baseTool: ToolInput = {
	name: 'Padlet',
	url: 'https://padlet.com/',
	description: 'Een digitaal prikbord.',
	learningTypes: ['discussion', 'collaboration'],
	synchrony: 'both',
	groupMin: null,
	groupMax: null,
	worksOnPhone: true,
	licence: 'institution',
	availability: 'all',
	privacy: 'agreement',
	accessibility: 'meets',
	accessibilityUrl: 'https://padlet.com/toegankelijkheid',
	contactName: 'Sam de Vries',
	contactEmail: 'sam@example.nl',
	notes: ''
};

let next = 0;
export function tool(changes: Partial<ToolInput> & { id?: string } = {}): Tool {
	next++;
	return { ...baseTool, id: changes.id ?? `t${next}`, updatedAt: '2026-12-07T10:00:00.000Z', ...changes };
}
