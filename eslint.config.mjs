import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const FRAMEWORKS = ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "next-auth", "next-auth/*", "@/lib/server/*", "**/generated/**"];

export default [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "lib/server/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // The domain is plain TypeScript: the rules of the product, free of any framework.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: FRAMEWORKS, message: "lib/domain stays free of framework imports." }] }],
    },
  },
  {
    rules: {
      // Message files and configs are plain objects exported as modules.
      "import/no-anonymous-default-export": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
