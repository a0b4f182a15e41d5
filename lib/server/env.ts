import { z } from "zod";

/**
 * Every environment variable the app reads, validated once. A wrong value stops the start-up with a
 * message naming the variable, instead of failing later in some request.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgres:// (PostgreSQL)")
    .default("file:./data/overens.db"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  APP_URL: z.url("must be a full URL such as https://overens.example.se").default("http://localhost:3000"),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().default("Överens <no-reply@localhost>"),
  /** Number of proxies in front of the app whose X-Forwarded-For may be trusted (for rate limiting). */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** The co-editing (Hocuspocus) server: where it listens, and where browsers reach it. */
  COLLAB_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  COLLAB_HOST: z.string().min(1).default("127.0.0.1"),
  COLLAB_PUBLIC_URL: z
    .string()
    .regex(/^wss?:\/\/[^\s'";]+$/, "must be a ws:// or wss:// URL on the same site as APP_URL, such as wss://overens.example.se/collab")
    .default("ws://localhost:3001"),
  /**
   * With REDIS_URL, live updates (workshop votes) reach every app instance through Redis pub/sub, and
   * several co-editing servers share their documents (Hocuspocus' Redis extension).
   */
  /** The port `next start` listens on; the public page cache renders pages through it on loopback. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the app reaches itself (default http://127.0.0.1:PORT), if it does not listen on loopback. */
  INTERNAL_URL: z.url("must be a full URL such as http://127.0.0.1:3000").optional(),
  /** "off" renders every anonymous portal page on each request (the benchmark's baseline). */
  PUBLIC_PAGE_CACHE: z.enum(["on", "off"]).default("on"),
  /** Megabytes of rendered public pages one instance keeps in memory (least recently read go first). */
  PUBLIC_PAGE_CACHE_MB: z.coerce.number().int().min(1).max(65536).default(256),
  /** Where security reports go (security.txt's Contact): a mailto: or https: URL; default security@ the APP_URL host. */
  SECURITY_CONTACT: z
    .string()
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, "must be a mailto: or https:// URL, such as mailto:security@kommun.se")
    .optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL").optional(),
});

export type Env = z.infer<typeof envSchema> & { AUTH_SECRET: string };

export class EnvError extends Error {}

/**
 * Validates an environment (process.env by default). AUTH_SECRET is required in every mode: there is
 * no built-in fallback, since a secret that is the same in every checkout lets anyone forge sessions.
 * `npm start` generates one per installation (data/auth-secret); the test setups provide their own.
 */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (!env.AUTH_SECRET) {
    throw new EnvError(
      "AUTH_SECRET is not set. Överens refuses to start without it: set AUTH_SECRET to a random string of at " +
        "least 32 characters (e.g. `openssl rand -base64 48`, in the environment or in .env.local for `next dev`), " +
        "or start the demo with `npm start`, which generates one and keeps it in data/auth-secret.",
    );
  }
  return { ...env, AUTH_SECRET: env.AUTH_SECRET };
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
