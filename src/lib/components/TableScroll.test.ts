import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import TableScroll from './TableScroll.svelte';

const table = createRawSnippet(() => ({ render: () => '<table><caption>Per rol</caption></table>' }));
const html = (props: { labelledby?: string }) => render(TableScroll, { props: { ...props, children: table } }).body.replace(/<!--[^>]*-->/g, '').replace(/\s+</g, '<');

describe('a scrolling table', () => {
	it('is a labelled region in the tab order when a heading names it, so a keyboard user can scroll it', () => {
		expect(html({ labelledby: 'heatmap-heading' })).toBe(
			'<div class="table-scroll" role="region" tabindex="0" aria-labelledby="heatmap-heading"><table><caption>Per rol</caption></table></div>'
		);
	});

	it('is a plain scrolling box without a heading to name it', () => {
		expect(html({})).toBe('<div class="table-scroll"><table><caption>Per rol</caption></table></div>');
	});
});
