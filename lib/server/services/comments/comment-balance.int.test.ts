import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db";
import { createLiveBus, type LiveBus } from "../../live/bus";
import { watchTopic } from "../../live/topic";
import { getCompactComments } from "../../queries/comments";
import { getPrincipleSnapshot } from "../../queries/principles";
import { demoActor, organisationId, refusal, TEST_DB_KIND, withDemoDatabase } from "../../testing/integration";
import { changeStage } from "../compacts/change-stage";
import { createCompact } from "../compacts/create-compact";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { markReady } from "../compacts/mark-ready";
import { saveAgenda } from "../compacts/save-agenda";
import { saveText } from "../compacts/save-text";
import { createComment } from "./create-comment";
import { editComment } from "./edit-comment";
import { withdrawComment } from "@/lib/server/services/comments/withdraw-comment";
import { commentsChannel, commentsTopic, streamCompactComments } from "@/lib/server/live/comments";
import { resolveComment } from "./resolve-comment";
import { signComment } from "./sign-comment";

withDemoDatabase();

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const buses: LiveBus[] = [];
afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
});

/** Another app instance: a bus of its own that shares nothing with this process's but the transport. */
function otherInstance(config: Parameters<typeof createLiveBus>[0]): LiveBus {
  const bus = createLiveBus(config);
  buses.push(bus);
  return bus;
}

const revision = async (id: string) => (await getDb().compact.findUniqueOrThrow({ where: { id } })).revision;

/** A compact drafted by the official's department and Föreningen Grannstöd, still in agenda. */
async function draftCompact(title: string) {
  const official = await demoActor("tjansteperson");
  const civil = await demoActor("forening");
  const { id } = await createCompact(official, { title });
  await addToDraftingGroup(official, { compactId: id, organisationId: official.organisationId });
  await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Föreningen Grannstöd") });
  await saveAgenda(official, { compactId: id, why: "Samverkan.", issues: "Lokaler", invited: "Alla" });
  await saveText(official, { compactId: id, text: "# Syfte\nVi samverkar om lokaler.\nÖverenskommelsen ses över vart tredje år." });
  return { id, official, civil };
}

describe("the balance per stage and in the principle check", () => {
  it("counts comments in the stage they were written in and freezes the comment findings with the check", async () => {
    const { id, official, civil } = await draftCompact("Överenskommelse om balans");
    await createComment(official, { compactId: id, body: "Agendan ser bra ut.", scope: "compact" });
    await changeStage(official, { compactId: id, kind: "advance", expectedRevision: await revision(id) });
    const asked = await createComment(civil, { compactId: id, body: "Vem betalar lokalerna?", scope: "compact" });
    await createComment(civil, { compactId: id, body: "Nämn fritidsgårdarna.", scope: "compact" });
    await createComment(official, { compactId: id, body: "Vi svarar på frågan.", parentId: asked.id });
    const withdrawn = await createComment(civil, { compactId: id, body: "Glöm det.", scope: "compact" });
    await withdrawComment(civil, { commentId: withdrawn.id });

    const view = await getCompactComments(official, id);
    const byStage = Object.fromEntries(view.stageBalance.map((row) => [row.stage, row]));
    expect(view.stageBalance.map((row) => row.stage)).toEqual(["agenda", "formulation", "decision", "implementation", "review", "reformulation"]);
    expect(byStage.agenda).toMatchObject({ counts: { public: 1, civil: 0 }, oneSided: "public" });
    expect(byStage.formulation).toMatchObject({ counts: { public: 0, civil: 2 }, oneSided: "civil" });
    expect(byStage.decision).toMatchObject({ total: 0, oneSided: null });

    await markReady(official, { compactId: id });
    await markReady(civil, { compactId: id });
    await changeStage(official, { compactId: id, kind: "advance", expectedRevision: await revision(id) });
    const snapshot = await getPrincipleSnapshot(official, id, 1);
    const rules = Object.fromEntries(snapshot!.findings.map((f) => [f.rule, f.params]));
    // Drafting comments: the official's in agenda, civil society's two in formulation (one answered by a reply).
    expect(rules["dialogue.oneSectorCommented"]).toBeUndefined();
    expect(rules["dialogue.civilCommentsUnanswered"]).toEqual({ count: 1 });
    expect(rules["diversity.fewCommentingOrganisations"]).toEqual({ civil: 1, public: 1, min: 3 });
  });
});

describe("live comments", () => {
  it("announce every change on the bus, with the compact's id only, to another instance (Redis)", async () => {
    const { id, official, civil } = await draftCompact("Överenskommelse som syns live");
    const before = process.env.REDIS_URL;
    process.env.REDIS_URL = REDIS_URL;
    try {
      const heard: string[] = [];
      await otherInstance({ redisUrl: REDIS_URL, databaseUrl: process.env.DATABASE_URL! }).subscribe(commentsChannel(id), (message) => heard.push(message));
      const first = await createComment(official, { compactId: id, body: "Skrivet.", scope: "compact" });
      await createComment(civil, { compactId: id, body: "Svar.", parentId: first.id });
      await editComment(official, { commentId: first.id, body: "Rättat." });
      await resolveComment(official, { commentId: first.id, resolved: "true" });
      const joint = await createComment(civil, { compactId: id, body: "Gemensamt.", scope: "compact", joint: "true" });
      await signComment(official, { commentId: joint.id });
      await withdrawComment(civil, { commentId: joint.id });
      await vi.waitFor(() => expect(heard).toHaveLength(7), { timeout: 5000, interval: 20 });
      expect(new Set(heard)).toEqual(new Set([id]));
    } finally {
      if (before === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = before;
    }
  });

  it(`reach a page on another instance without Redis on ${TEST_DB_KIND} (LISTEN/NOTIFY on PostgreSQL, polling on SQLite)`, async () => {
    const { id, official } = await draftCompact("Överenskommelse på två instanser");
    const seen: string[] = [];
    const stop = await watchTopic(commentsTopic(id), (snapshot) => seen.push(snapshot), otherInstance({ databaseUrl: process.env.DATABASE_URL! }));
    try {
      expect(seen).toHaveLength(1);
      await createComment(official, { compactId: id, body: "Ny kommentar.", scope: "compact" });
      await vi.waitFor(() => expect(seen).toHaveLength(2), { timeout: 5000, interval: 20 });
      // The stamp says that something changed, never what: no comment text travels.
      expect(seen.join()).not.toContain("Ny kommentar");
    } finally {
      stop();
    }
  });

  it("stream only to viewers who may read the compact's comments", async () => {
    const { id, official } = await draftCompact("Överenskommelse med ström");
    const request = (signal?: AbortSignal) => new Request(`http://localhost/compacts/${id}/comments/stream`, { signal });
    expect((await refusal(streamCompactComments(request(), null, id))).status).toBe(401);
    const elsewhere = { ...official, municipalityId: "another-municipality" };
    expect((await refusal(streamCompactComments(request(), elsewhere, id))).status).toBe(404);

    const abort = new AbortController();
    const response = await streamCompactComments(request(abort.signal), await demoActor("politiker"), id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes("event: snapshot")) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/event: snapshot\ndata: "[\w-]{16}"/);
    abort.abort();
    await reader.cancel();
  });
});
