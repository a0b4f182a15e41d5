import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// app/ holds routes and pages; code outside it gets actions as props or from lib/actions, never from app/.
const INTO_APP = { regex: "^(@/app|(\\.\\./)+app)(/|$)", message: "Import actions from @/lib/actions (or take them as props), not from app/." };
const FRAMEWORKS = ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "next-auth", "next-auth/*", "@/lib/server/*", "**/generated/**"];

const SERVICES = ["@/lib/server/services/*", "**/services/*", "../services/**", "../../services/**"];
const QUERIES = ["@/lib/server/queries/*", "**/queries/*", "../queries/**", "../../queries/**"];
const APP = ["@/app/*", "**/app/*"];

export default [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "lib/server/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    // Tests of route handlers import the handler they test.
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [INTO_APP] }],
    },
  },
  {
    // The domain is plain TypeScript: the rules of the product, free of any framework.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: FRAMEWORKS, message: "lib/domain stays free of framework imports." }, INTO_APP] }],
    },
  },
  {
    // Use cases (services) and read models (queries) stand side by side on the loaders (lib/server/load);
    // neither imports the other. See ARCHITECTURE.md.
    files: ["lib/server/services/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: QUERIES, message: "A use case does not import a read model: share a loader in lib/server/load." }, { group: APP, message: "lib/ does not import from app/." }] }],
    },
  },
  {
    files: ["lib/server/queries/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: SERVICES, message: "A read model does not import a use case: share a loader in lib/server/load." }, { group: APP, message: "lib/ does not import from app/." }] }],
    },
  },
  {
    // The shared layers under both sides depend on neither side.
    files: ["lib/server/load/**/*.ts", "lib/server/write/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: [...SERVICES, ...QUERIES], message: "Loaders and write steps sit below both use cases and read models." }, { group: APP, message: "lib/ does not import from app/." }] }],
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
