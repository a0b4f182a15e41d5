/**
 * The editor keeps an offline copy of each text a person edits in the browser's IndexedDB (y-indexeddb),
 * one database per user and text version. They must not outlive the session on a shared computer: on
 * sign-out every one of them is deleted.
 */
export const LOCAL_DRAFT_PREFIX = "overens:";
/** Names of the drafts this browser holds, for browsers without indexedDB.databases(). */
const REGISTRY_KEY = "overens-local-drafts";
/** Sign-out waits this long at most for the browser to delete them (an open tab may block it). */
const DELETE_TIMEOUT_MS = 2000;

type DraftFactory = Pick<IDBFactory, "deleteDatabase"> & { databases?: IDBFactory["databases"] };
type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function localDraftName(userId: string, documentName: string): string {
  return `${LOCAL_DRAFT_PREFIX}${userId}:${documentName}`;
}

/** Notes a draft's database name, so that it can be found again on sign-out. */
export function rememberLocalDraft(name: string, storage: DraftStorage | undefined = browserStorage()): void {
  if (!storage) return;
  try {
    const names = new Set(readRegistry(storage));
    names.add(name);
    storage.setItem(REGISTRY_KEY, JSON.stringify([...names]));
  } catch {
    // Storage full or disabled: databases() still finds the draft.
  }
}

/** Deletes every local draft database of the app; resolves with how many were asked to go. */
export async function clearLocalDrafts(
  factory: DraftFactory | undefined = globalThis.indexedDB,
  storage: DraftStorage | undefined = browserStorage(),
): Promise<number> {
  const names = new Set(storage ? readRegistry(storage) : []);
  if (factory?.databases) {
    try {
      for (const info of await factory.databases()) {
        if (info.name?.startsWith(LOCAL_DRAFT_PREFIX)) names.add(info.name);
      }
    } catch {
      // Some browsers refuse in private mode; the registry is all we have then.
    }
  }
  if (factory) await Promise.all([...names].map((name) => deleteDatabase(factory, name)));
  try {
    storage?.removeItem(REGISTRY_KEY);
  } catch {
    // Nothing to clean up.
  }
  return factory ? names.size : 0;
}

function deleteDatabase(factory: DraftFactory, name: string): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, DELETE_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      const request = factory.deleteDatabase(name);
      request.onsuccess = done;
      request.onerror = done;
      // Blocked by an open connection: the deletion is queued and happens once the page closes it.
      request.onblocked = done;
    } catch {
      done();
    }
  });
}

function readRegistry(storage: DraftStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(REGISTRY_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === "string" && n.startsWith(LOCAL_DRAFT_PREFIX)) : [];
  } catch {
    return [];
  }
}

function browserStorage(): DraftStorage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
