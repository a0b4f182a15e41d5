import { describe, expect, it } from "vitest";
import { clearLocalDrafts, localDraftName, rememberLocalDraft } from "./local-drafts";

/** An IndexedDB stand-in that keeps database names and answers deletions like a browser does. */
function fakeIndexedDb(names: string[], options: { databases?: boolean; blocked?: string[] } = {}) {
  const open = new Set(names);
  const factory = {
    deleted: [] as string[],
    deleteDatabase(name: string) {
      const request: { onsuccess?: () => void; onerror?: () => void; onblocked?: () => void } = {};
      queueMicrotask(() => {
        factory.deleted.push(name);
        open.delete(name);
        if (options.blocked?.includes(name)) request.onblocked?.();
        else request.onsuccess?.();
      });
      return request as unknown as IDBOpenDBRequest;
    },
    ...(options.databases === false ? {} : { databases: async () => [...open].map((name) => ({ name, version: 1 })) }),
  };
  return { factory, open };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe("clearLocalDrafts", () => {
  it("deletes every draft database of the app, and nothing else", async () => {
    const { factory, open } = fakeIndexedDb([localDraftName("u1", "compact-a:1"), localDraftName("u2", "compact-b:3"), "other-app"]);
    expect(await clearLocalDrafts(factory, memoryStorage())).toBe(2);
    expect([...open]).toEqual(["other-app"]);
  });

  it("finds drafts through the registry when the browser cannot list databases", async () => {
    const storage = memoryStorage();
    rememberLocalDraft(localDraftName("u1", "compact-a:1"), storage);
    rememberLocalDraft(localDraftName("u1", "compact-a:1"), storage);
    rememberLocalDraft(localDraftName("u1", "compact-c:2"), storage);
    const { factory, open } = fakeIndexedDb([localDraftName("u1", "compact-a:1"), localDraftName("u1", "compact-c:2")], { databases: false });
    expect(await clearLocalDrafts(factory, storage)).toBe(2);
    expect(open.size).toBe(0);
    expect(storage.items.size).toBe(0);
  });

  it("does not hang when an open tab blocks the deletion", async () => {
    const name = localDraftName("u1", "compact-a:1");
    const { factory } = fakeIndexedDb([name], { blocked: [name] });
    expect(await clearLocalDrafts(factory, memoryStorage())).toBe(1);
    expect(factory.deleted).toEqual([name]);
  });

  it("does nothing without IndexedDB", async () => {
    expect(await clearLocalDrafts(undefined, undefined)).toBe(0);
  });
});
