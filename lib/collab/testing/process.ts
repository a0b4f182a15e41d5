import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts scripts/collab-server.ts as its own process (as `npm start` does) and resolves once it
 * answers its health check.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const root = path.resolve(__dirname, "../../..");
  // `node --import tsx` rather than the tsx CLI: the CLI runs the script in a child process, and a
  // SIGKILL to the CLI would leave the real server running.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/collab-server.ts")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "test", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://${env.COLLAB_HOST ?? "127.0.0.1"}:${env.COLLAB_PORT}/health`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`collaboration server exited with ${child.exitCode}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return child;
    if (Date.now() - started > 30_000) throw new Error("collaboration server did not start within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Kills a process and resolves when it has gone. */
export function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
