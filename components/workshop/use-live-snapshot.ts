"use client";
import { useEffect, useState } from "react";

const OFFLINE_AFTER_MS = 5000;

/**
 * The latest snapshot from a server-sent-events stream (`event: snapshot`), starting from what the
 * server rendered. When the page is rendered again (after a form action), its fresh data wins until
 * the stream sends something newer. EventSource reconnects by itself after a drop.
 */
export function useLiveSnapshot<T>(url: string, initial: T): { snapshot: T; connected: boolean } {
  const [snapshot, setSnapshot] = useState(initial);
  const [rendered, setRendered] = useState(initial);
  const [connected, setConnected] = useState(true);
  if (rendered !== initial) {
    setRendered(initial);
    setSnapshot(initial);
  }
  useEffect(() => {
    const source = new EventSource(url);
    const onSnapshot = (event: MessageEvent<string>) => {
      const next = JSON.parse(event.data) as T | null;
      if (next !== null) setSnapshot(next);
      setConnected(true);
    };
    // Streams end now and then on purpose (and reconnect within seconds): only a connection that
    // stays away is worth telling the user about.
    let grace: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener("snapshot", onSnapshot);
    source.onopen = () => {
      clearTimeout(grace);
      setConnected(true);
    };
    source.onerror = () => {
      clearTimeout(grace);
      grace = setTimeout(() => setConnected(source.readyState === EventSource.OPEN), OFFLINE_AFTER_MS);
    };
    return () => {
      clearTimeout(grace);
      source.removeEventListener("snapshot", onSnapshot);
      source.close();
    };
  }, [url]);
  return { snapshot, connected };
}
