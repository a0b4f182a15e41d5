import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../database-url";

/** True when the module with this import.meta.url was started directly (tsx prisma/scripts/x.ts). */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(path.resolve(entry)).href === moduleUrl;
}

export interface PrismaRunOptions {
  /** Extra environment, e.g. DATABASE_URL for the database to work on. */
  env?: Record<string, string | undefined>;
  /** Keep the output instead of passing it through (tests, noisy callers). */
  quiet?: boolean;
}

export interface PrismaRunResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs the Prisma CLI of this repository from the repository root, so that prisma.config.ts is
 * found and, through it, the schema engine bridge. Rejects with the CLI's output when it fails.
 */
export function runPrisma(args: string[], options: PrismaRunOptions = {}): Promise<PrismaRunResult> {
  const root = repoRoot();
  const cli = path.join(root, "node_modules/prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", ...options.env },
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`prisma ${args.join(" ")} exited with ${code}\n${stdout}${stderr}`.trimEnd()));
    });
  });
}

/** Runs a script's main function and turns a failure into a message and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
