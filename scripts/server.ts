/**
 * The app's HTTP server (`npm start` runs it; so do the browser tests and the benchmark): Next.js as
 * a custom server, with one thing in front of it. An anonymous visitor's request of a portal page is
 * answered from the public page cache (lib/server/public-cache.ts) without going through Next's
 * router, which is what lets one instance serve thousands of such pages a second. Everything else,
 * and every page when PUBLIC_PAGE_CACHE=off, goes to Next as with `next start` (where proxy.ts sends
 * the same requests to the same cache through /api/public-page instead).
 *
 * Every request first gets the caller's address in the CLIENT_ADDRESS_HEADER, worked out from the
 * socket and the TRUSTED_PROXIES hops of X-Forwarded-For (lib/server/client-address.ts); a copy sent
 * by the client is overwritten, so the limits keyed on the address cannot be dodged by choosing one.
 *
 * Reads PORT (default 3000) and listens on all interfaces, as `next start` does.
 */
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { isCacheablePageRequest, RENDER_HEADER } from "../lib/domain/public-cache";
import { LOCALE_COOKIE } from "../lib/i18n/core";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../lib/server/client-address";
import { getEnv } from "../lib/server/env";
import { answerPublicPage } from "../lib/server/public-cache";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "../lib/security-headers";

const port = Number(process.env.PORT ?? 3000);
const cacheOn = process.env.PUBLIC_PAGE_CACHE !== "off";

function cookieNames(request: IncomingMessage): string[] {
  return (request.headers.cookie ?? "").split(";").flatMap((pair) => {
    const name = pair.split("=")[0]?.trim();
    return name ? [name] : [];
  });
}

function cacheable(request: IncomingMessage): boolean {
  const url = new URL(request.url ?? "/", "http://local");
  return isCacheablePageRequest(
    { method: request.method ?? "GET", pathname: url.pathname, search: url.search, cookieNames: cookieNames(request), headerNames: Object.keys(request.headers) },
    LOCALE_COOKIE,
  );
}

async function main() {
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const trustedProxies = getEnv().TRUSTED_PROXIES;
  const server = createServer((request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
    if (!cacheOn || !cacheable(request)) {
      void handle(request, response);
      return;
    }
    const nonce = newNonce();
    answerPublicPage(request.url ?? "/", nonce, request.headers["if-none-match"] ?? null).then(
      (answer) => {
        const csp = contentSecurityPolicy(nonce, { dev: false, https: request.headers["x-forwarded-proto"] === "https" });
        response.writeHead(answer.status, { ...answer.headers, ...STATIC_SECURITY_HEADERS, "Content-Security-Policy": csp });
        if (answer.body && request.method !== "HEAD") {
          // One write to the socket for all pieces: end() flushes what cork() held back.
          response.cork();
          for (const piece of answer.body) response.write(piece);
        }
        response.end();
      },
      (error: unknown) => {
        // The cache could not render the page: Next renders it for this visitor instead (the render
        // header keeps proxy.ts from sending it to the cache again).
        console.error("[server] public page cache failed; handing the request to Next", error);
        request.headers[RENDER_HEADER] = "1";
        void handle(request, response);
      },
    );
  });
  server.listen(port, () => console.log(`Överens listening on http://localhost:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
