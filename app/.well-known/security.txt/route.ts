import { securityTxt } from "@/lib/domain/security-txt";
import { getEnv } from "@/lib/server/env";
import { defineRoute } from "@/lib/server/http/route";

export const dynamic = "force-dynamic";

/** GET /.well-known/security.txt (RFC 9116): where to report a vulnerability. Public, computed per request. */
export const GET = defineRoute(
  async () => {
    const env = getEnv();
    return new Response(securityTxt({ appUrl: env.APP_URL, contact: env.SECURITY_CONTACT, now: new Date() }), {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
    });
  },
  { actor: false },
);
