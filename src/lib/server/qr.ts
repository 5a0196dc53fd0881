/** QR codes as inline SVG, drawn on the server: no image service, no third-party request. */
import QRCode from 'qrcode';

/** An SVG of the QR code for `text` (a URL we build ourselves), black on white, error correction M. */
export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
