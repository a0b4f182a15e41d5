import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" guards against bundling into client code; in tests there is no bundle.
      "server-only": path.join(root, "lib/server/testing/empty-module.ts"),
    },
  },
  test: {
    // The app refuses to start without AUTH_SECRET (lib/server/env.ts); tests get a fixed one of their own.
    env: { AUTH_SECRET: "vitest-secret-vitest-secret-vitest-secret-00" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
