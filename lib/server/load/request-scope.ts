import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";

/**
 * One request's memory of what it has loaded, so that a page whose parts each ask for the same
 * compact loads it once. In a React server render, `cache` gives one map per request (and forgets it
 * afterwards); scripts and tests open a scope with `inRequestScope`. Outside both, nothing is kept:
 * every call loads afresh. Writes never go through here (a transaction loads its own facts).
 */
type Scope = Map<string, Promise<unknown>>;

const explicitScope = new AsyncLocalStorage<Scope>();
const renderScope = cache((): Scope => new Map());

/** Runs `work` as one request: loads through `loadOnce` inside it are shared. */
export function inRequestScope<T>(work: () => Promise<T>): Promise<T> {
  return explicitScope.run(new Map(), work);
}

/** The value under `key` in this request, loading it the first time it is asked for. */
export function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  const scope = explicitScope.getStore() ?? renderScope();
  const known = scope.get(key) as Promise<T> | undefined;
  if (known) return known;
  const loading = load();
  scope.set(key, loading);
  return loading;
}
