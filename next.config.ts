import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native drivers and the generated clients stay outside the bundle; so does Yjs (used by the Word
  // import and the stage change), which must exist once per process.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "@prisma/client", "yjs", "@hocuspocus/provider", "ws"],
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
  typescript: { ignoreBuildErrors: false },
  // A joining's evidence PDF (at most 5 MB) is uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
