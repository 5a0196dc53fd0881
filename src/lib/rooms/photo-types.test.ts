import { describe, expect, it } from 'vitest';
import { photoType } from './photo-types';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);

describe('which room photos are taken', () => {
	it('takes JPEG, PNG and WebP whose bytes are what their names say', () => {
		expect(photoType('lokaal.JPG', bytes(0xff, 0xd8, 0xff, 0xe0))).toEqual({ extension: 'jpg', contentType: 'image/jpeg' });
		expect(photoType('lokaal.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toEqual({ extension: 'png', contentType: 'image/png' });
		expect(photoType('lokaal.webp', bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50))).toEqual({ extension: 'webp', contentType: 'image/webp' });
	});

	it('refuses an HTML page named .jpg, a WAV file named .webp, an SVG, a PDF and a file too short to tell', () => {
		expect(photoType('lokaal.jpg', new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull();
		expect(photoType('lokaal.webp', bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45))).toBeNull();
		expect(photoType('lokaal.svg', new TextEncoder().encode('<svg/>'))).toBeNull();
		expect(photoType('lokaal.pdf', new TextEncoder().encode('%PDF-1.7'))).toBeNull();
		expect(photoType('lokaal.webp', new Uint8Array([0x52, 0x49, 0x46, 0x46]))).toBeNull();
	});
});
