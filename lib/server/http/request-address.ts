import "server-only";
import { getEnv } from "../env";
import { clientAddress } from "../client-address";

/** The caller's address (behind the trusted proxies), e.g. for limiting failed join-code lookups. */
export function requestAddress(request: Request): string {
  return clientAddress(request.headers.get("x-forwarded-for"), getEnv().TRUSTED_PROXIES);
}
