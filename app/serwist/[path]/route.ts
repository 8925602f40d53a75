import { createHash } from "node:crypto";
import { createSerwistRoute, type InjectManifestOptions } from "@serwist/turbopack";
import { OFFLINE_PATHS } from "@/lib/offline/cache-rules";

type ManifestTransform = NonNullable<InjectManifestOptions["manifestTransforms"]>[number];

/**
 * The offline pages (one per language) are rendered per request like every page (its scripts carry a nonce), so it has
 * no file to hash: its revision is a hash of the build's file list, which changes whenever the
 * code or styles it is made of change, and stays the same when the same sources are built again.
 */
const precacheOfflinePage: ManifestTransform = (entries) => {
  const build = createHash("sha256");
  for (const entry of entries) build.update(`${entry.url} ${entry.revision ?? ""}\n`);
  const revision = build.digest("hex").slice(0, 16);
  return { manifest: [...entries, ...OFFLINE_PATHS.map((url) => ({ url, revision, size: 0 }))], warnings: [] };
};

/**
 * /serwist/sw.js (and its source map): lib/offline/service-worker.ts bundled with esbuild while
 * `next build` prerenders this route, with the list of built files to precache written in.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/offline/service-worker.ts",
  useNativeEsbuild: true,
  // Serwist's own list plus the Geist font files, so text looks the same offline.
  globPatterns: [".next/static/**/*.{js,css,woff2,png,svg,ico,webp}", "public/**/*"],
  manifestTransforms: [precacheOfflinePage],
});
