import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Actor } from "@/lib/domain/roles";
import { isAppError } from "@/lib/domain/errors";
import { epochSeconds, newSessionClaims, SESSION_ABSOLUTE_LIFETIME_S, sessionClaims, shouldRenewSession, toTokenFields } from "@/lib/domain/session";
import { loadSessionActor } from "./actor";
import { CLIENT_ADDRESS_HEADER, readClientAddress } from "./client-address";
import { getEnv } from "./env";
import { sessionFromCookies } from "./session-token";
import { verifySignIn } from "./services/auth/verify-sign-in";

/**
 * next-auth configuration: e-mail and password, JWT sessions in an httpOnly cookie. The token holds
 * the claims of lib/domain/session.ts (user, session version, sign-in time, last seen); it expires at
 * the absolute lifetime, and loadSessionActor refuses it earlier when revoked or idle.
 */
export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_LIFETIME_S },
    useSecureCookies: env.APP_URL.startsWith("https://"),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const address = readClientAddress(req.headers?.[CLIENT_ADDRESS_HEADER] as string | string[] | undefined);
          try {
            const user = await verifySignIn(credentials, address);
            return { id: user.id, sessionVersion: user.sessionVersion };
          } catch (error) {
            // next-auth passes the message on as the `error` code; only our translation keys ever get there.
            if (isAppError(error)) throw new Error(error.messageKey);
            console.error("[auth] sign-in failed unexpectedly", error);
            throw new Error("errors.unexpected");
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        const now = new Date();
        if (user) return toTokenFields(newSessionClaims({ id: user.id, sessionVersion: (user as { sessionVersion?: number }).sessionVersion ?? -1 }, now));
        // next-auth writes the token anew when the browser asks for its session: it counts as use.
        const claims = sessionClaims(token);
        if (claims && shouldRenewSession(claims, epochSeconds(now))) return { ...token, ...toTokenFields({ ...claims, lastSeenAt: epochSeconds(now) }) };
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { id: token.sub } } as typeof session;
      },
    },
  };
}

/**
 * The actor behind this request, from the session cookie and then the database (so role changes,
 * deactivation and revoked sessions apply at once). Null for anonymous visitors and for sessions that
 * have ended. Cached for the duration of one request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const claims = await sessionFromCookies((await headers()).get("cookie"), getEnv().AUTH_SECRET);
  return loadSessionActor(claims);
});
