import QRCode from "qrcode";
import { getEnv } from "@/lib/server/env";

/** Where participants join: the public address (APP_URL) and the workshop's own path. */
export function joinUrl(joinCode: string): string {
  return new URL(`/w/${joinCode}`, getEnv().APP_URL).toString();
}

/** Where participants type a code themselves. */
export function enterCodeUrl(): string {
  return new URL("/w", getEnv().APP_URL).toString();
}

/**
 * The join address as a QR code, an SVG data URL made on the server: sharp at any projector size,
 * and allowed by the CSP (img-src data:) without any script in the browser.
 */
export async function joinQrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
