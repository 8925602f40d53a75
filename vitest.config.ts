import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next.js resolves this marker module only in server bundles; in tests it is a no-op.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        // Pure code (no database, no server): files run side by side.
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // Integration suites share the PostgreSQL server; keep files from racing each other.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Components' links and router: see tests/support/i18n-navigation.tsx (listed first, so it wins over "@").
        resolve: {
          alias: [
            { find: "@/lib/i18n/navigation", replacement: path.resolve(import.meta.dirname, "tests/support/i18n-navigation.tsx") },
            ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })),
          ],
        },
        esbuild: { jsx: "automatic" },
        test: {
          name: "components",
          environment: "jsdom",
          include: ["tests/components/**/*.test.tsx", "components/**/*.test.tsx"],
          setupFiles: ["tests/support/setup-components.ts"],
          // next-intl's ESM imports "next/navigation" without an extension, which Node's resolver
          // refuses; inlined, Vite resolves it as Next.js's bundler does.
          server: { deps: { inline: ["next-intl", "use-intl"] } },
        },
      },
    ],
  },
});
