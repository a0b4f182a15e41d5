"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/** Several changes in a row (a thread answered, signed, resolved) cost one reload. */
const REFRESH_DEBOUNCE_MS = 300;
/** After the server refused the stream (EventSource then stops for good), try again, up to this far apart. */
const MAX_RETRY_MS = 30_000;

/**
 * Keeps the compact page's comments current: follows the compact's comment stream and reloads the
 * page's server data (router.refresh, which keeps what is typed and the editor as they are) whenever
 * the stamp it sends differs from the one the page was rendered with. EventSource reconnects by itself
 * after a dropped connection; after an HTTP error (say a proxy's 502 while the app restarts) it gives
 * up, so the hook starts it again, waiting longer each time. Comparing stamps also catches changes
 * made while the stream was away.
 */
export function useLiveComments(compactId: string, stamp: string): void {
  const router = useRouter();
  const seen = useRef(stamp);
  useEffect(() => {
    // A fresh render (after one's own action, or a reload) shows the comments as of this stamp.
    seen.current = stamp;
  }, [stamp]);
  useEffect(() => {
    let source: EventSource | null = null;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;
    const onSnapshot = (event: MessageEvent<string>) => {
      failures = 0;
      const next = JSON.parse(event.data) as string | null;
      if (next === null || next === seen.current) return;
      seen.current = next;
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => router.refresh(), REFRESH_DEBOUNCE_MS);
    };
    const connect = () => {
      if (stopped) return;
      const current = new EventSource(`/compacts/${encodeURIComponent(compactId)}/comments/stream`);
      source = current;
      current.addEventListener("snapshot", onSnapshot);
      current.onerror = () => {
        if (current.readyState !== EventSource.CLOSED) return;
        current.close();
        retryTimer = setTimeout(connect, Math.min(MAX_RETRY_MS, 1000 * 2 ** failures++));
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(refreshTimer);
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [compactId, router]);
}
