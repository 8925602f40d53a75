import type { MetadataRoute } from "next";
import { APP_WORDS } from "@/lib/offline/words";

/** Brand teal (brand-600 in app/globals.css), the colour of the header's logo and the buttons. */
const BRAND = "#0f766e";

/**
 * /manifest.webmanifest: what a phone needs to install Coder Fit. The icons are made from
 * app/icon.svg by scripts/make-icons.ts.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: APP_WORDS.name,
    short_name: APP_WORDS.shortName,
    description: APP_WORDS.description,
    lang: "en",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: BRAND,
    categories: ["education", "productivity"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
