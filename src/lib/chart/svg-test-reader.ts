/** A strict little XML reader for tests of our server-rendered SVG (gap chart, Bloem). */

export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

const ESCAPED_TEXT = /^(?:[^&<>]|&(?:amp|lt|gt|quot|apos);)*$/;

function decode(text: string): string {
	const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
	return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
}

/**
 * A strict little XML reader for the chart: it fails on anything the chart should never contain
 * (unescaped specials, unquoted attributes, unbalanced tags, comments, processing instructions).
 */
export function parseXml(xml: string): XmlElement {
	const token = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/y;
	const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	let index = 0;
	while (index < xml.length) {
		token.lastIndex = index;
		const match = token.exec(xml);
		if (!match) throw new Error(`not well-formed at ${index}: ${xml.slice(index, index + 40)}`);
		index = token.lastIndex;
		const [, closing, name, attributeText, selfClosing, text] = match;
		const parent = stack[stack.length - 1]!;
		if (text !== undefined) {
			if (!ESCAPED_TEXT.test(text)) throw new Error(`unescaped text: ${text}`);
			parent.text += decode(text);
		} else if (closing) {
			if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
			stack.pop();
		} else {
			const attributes: Record<string, string> = {};
			for (const [, key, value] of attributeText!.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
				if (!ESCAPED_TEXT.test(value!)) throw new Error(`unescaped attribute ${key}: ${value}`);
				if (key! in attributes) throw new Error(`duplicate attribute ${key}`);
				attributes[key!] = decode(value!);
			}
			const element: XmlElement = { name: name!, attributes, children: [], text: '' };
			parent.children.push(element);
			if (!selfClosing) stack.push(element);
		}
	}
	if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
	if (root.children.length !== 1) throw new Error('more than one root element');
	return root.children[0]!;
}

export function all(element: XmlElement, predicate: (e: XmlElement) => boolean): XmlElement[] {
	const found: XmlElement[] = [];
	const visit = (e: XmlElement) => {
		if (predicate(e)) found.push(e);
		e.children.forEach(visit);
	};
	visit(element);
	return found;
}

export const byClass = (root: XmlElement, className: string) => all(root, (e) => e.attributes.class === className);

export function textContent(element: XmlElement): string {
	return element.text + element.children.map(textContent).join('');
}
