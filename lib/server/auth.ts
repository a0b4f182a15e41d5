import "server-only";
import { cache } from "react";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Actor } from "@/lib/domain/roles";
import { isAppError } from "@/lib/domain/errors";
import { loadActor } from "./actor";
import { CLIENT_ADDRESS_HEADER, readClientAddress } from "./client-address";
import { getEnv } from "./env";
import { verifySignIn } from "./services/auth/verify-sign-in";

const SESSION_MAX_AGE_S = 8 * 60 * 60;

/** next-auth configuration: e-mail and password, JWT sessions in an httpOnly cookie. */
export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: env.APP_URL.startsWith("https://"),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const address = readClientAddress(req.headers?.[CLIENT_ADDRESS_HEADER] as string | string[] | undefined);
          try {
            const id = await verifySignIn(credentials, address);
            return { id };
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
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { id: token.sub } } as typeof session;
      },
    },
  };
}

/**
 * The actor behind this request, from the session cookie and then the database (so role changes and
 * deactivation apply at once). Null for anonymous visitors. Cached for the duration of one request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  const userId = (session?.user as { id?: string } | undefined)?.id;
  return userId ? loadActor(userId) : null;
});
