import "server-only";
import { toString } from "qrcode";

/**
 * The options the invite QR code is drawn with: black on white with the standard four-module
 * quiet zone, and level M error correction, which survives a creased or smudged printout.
 */
export const inviteQrOptions = {
  type: "svg",
  errorCorrectionLevel: "M",
  margin: 4,
  color: { dark: "#000000", light: "#ffffff" },
} as const;

/**
 * The QR code for an invite link as SVG markup, drawn on the server so the printable sheet needs
 * no JavaScript. No width is set: the SVG scales to its box through its viewBox.
 */
export async function inviteQrSvg(inviteUrl: string): Promise<string> {
  return toString(inviteUrl, inviteQrOptions);
}
