import "server-only";
import { CLIENT_ADDRESS_HEADER, readClientAddress } from "../client-address";

/** The caller's address as the app's server recorded it, e.g. for limiting failed join-code lookups. */
export function requestAddress(request: Request | Headers): string {
  const headers = request instanceof Headers ? request : request.headers;
  return readClientAddress(headers.get(CLIENT_ADDRESS_HEADER));
}
