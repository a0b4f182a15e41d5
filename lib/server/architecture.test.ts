import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layering of ARCHITECTURE.md that lint cannot see: lint forbids the imports between the layers;
 * these tests keep each layer holding what it is for.
 */
const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("lib/server/services", () => {
  const files = sourceFiles("lib/server/services");

  it("holds use cases: each file exports exactly one function and no other values", () => {
    const offenders = files.flatMap((file) => {
      const source = read(file);
      const functions = source.match(/^export (?:async )?function \w+/gm) ?? [];
      const values = source.match(/^export (?:const|let|var|class|enum|default|\{)/gm) ?? [];
      return functions.length === 1 && values.length === 0 ? [] : [`${file}: ${functions.length} functions, ${values.length} other exports`];
    });
    expect(offenders).toEqual([]);
  });

  it("are called with an actor and input, never inside someone else's transaction (shared steps live in lib/server/write)", () => {
    const offenders = files.filter((file) => /^export (?:async )?function \w+\(tx\b/m.test(read(file)));
    expect(offenders).toEqual([]);
  });
});

describe("pages and components", () => {
  it("never reach the database themselves: they read through lib/server/queries", () => {
    const offenders = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib/actions")].filter((file) =>
      /from "@\/lib\/server\/(db|generated\/[^"]*)"|@prisma\/client/.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });

  it("components do not load data: no server reads inside them", () => {
    const offenders = sourceFiles("components").filter((file) => /import \{[^}]*\} from "@\/lib\/server\/(queries|load|services)\//.test(read(file)));
    expect(offenders).toEqual([]);
  });
});

describe("route handlers", () => {
  it("read a request body only through lib/server/http/body (a hard cap, 413 beyond), never whole", () => {
    const routes = sourceFiles("app").filter((file) => path.basename(file) === "route.ts");
    expect(routes.length).toBeGreaterThan(5);
    const offenders = routes.filter((file) => /\b(request|req)\.(json|formData|text|arrayBuffer|blob|body)\b/.test(read(file)));
    expect(offenders).toEqual([]);
  });
});
