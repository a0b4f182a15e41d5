import { afterAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { JOIN_ADDRESS_LIMIT, VOTE_RATE_LIMIT } from "@/lib/domain/workshop";
import { getDb } from "../../db";
import { closeLiveBus } from "../../live/bus";
import { closeLiveDb } from "../../live/live-db";
import { getJoinActivity, loadPresenterSnapshot } from "../../queries/workshops";
import { demoActor, withDemoDatabase } from "../../testing/integration";
import { addStatement } from "./add-statement";
import { castVote } from "./cast-vote";
import { changeStatement } from "./change-statement";
import { createWorkshop } from "./create-workshop";
import { endWorkshop } from "./end-workshop";
import { joinWorkshop } from "./join-workshop";
import { moveStatement } from "./move-statement";
import { closeRateLimiter } from "@/lib/server/rate-limit";
import { startWorkshop } from "./start-workshop";
import { excludeJoinBurst } from "./exclude-join-burst";
import { hashToken } from "../../one-time-token";
import { createCompact } from "../compacts/create-compact";

withDemoDatabase();
afterAll(async () => {
  closeRateLimiter();
  await closeLiveBus();
  await closeLiveDb();
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let address = 0;
/** Each join from its own address, so that lookups of one test never limit another. */
const nextAddress = () => `192.0.2.${++address}`;

/** A started workshop with three statements, and its code. */
async function liveWorkshop(title: string, compactId = "") {
  const official = await demoActor("tjansteperson");
  const { id } = await createWorkshop(official, { title, compactId, statements: "Första påståendet\nAndra påståendet\nTredje påståendet" });
  await startWorkshop(official, { workshopId: id });
  const workshop = await getDb().workshop.findUniqueOrThrow({ where: { id }, include: { statements: { orderBy: { position: "asc" } } } });
  const statementIds = workshop.statements.map((statement) => statement.id);
  const command = (statementId: string, name: "open" | "close" | "reveal" | "reopen") => changeStatement(official, { workshopId: id, statementId, command: name });
  return { id, code: workshop.joinCode, statementIds, official, command };
}

async function join(code: string, sector: "public" | "civil") {
  return joinWorkshop(null, { code, sector }, nextAddress());
}

async function hashesOf(tokens: string[]): Promise<string[]> {
  return tokens.map((token) => hashToken(token));
}

async function tallyOf(workshopId: string, statementId: string) {
  const snapshot = await loadPresenterSnapshot(workshopId);
  return snapshot!.statements.find((statement) => statement.id === statementId)!.counts;
}

describe("preparing and running a workshop", () => {
  it("lets officials and association representatives facilitate, and nobody else", async () => {
    const rep = await demoActor("forening");
    const { id } = await createWorkshop(rep, { title: "Dialogmöte i Folkets hus", statements: "Ett påstående" });
    expect(id).toBeTruthy();
    for (const who of ["politiker", "admin"] as const) {
      expect((await refusal(createWorkshop(await demoActor(who), { title: "Nej", statements: "X" }))).code).toBe("forbidden");
      expect((await refusal(startWorkshop(await demoActor(who), { workshopId: id }))).code).toBe("forbidden");
    }
    expect((await refusal(createWorkshop(null, { title: "Nej" }))).code).toBe("unauthenticated");
    const badCompact = await refusal(createWorkshop(rep, { title: "Fel", compactId: "no-such-compact" }));
    expect(badCompact.fieldErrors.compactId).toEqual(["workshop.errors.compactUnknown"]);
  });

  it("is run by its owner and by officials, not by another association's representative", async () => {
    const owner = await demoActor("forening");
    const stranger = await demoActor("idrott");
    const official = await demoActor("tjansteperson");
    const { id } = await createWorkshop(owner, { title: "Grannstöds dialog", statements: "Ett\nTvå" });
    const statementId = (await getDb().workshopStatement.findFirstOrThrow({ where: { workshopId: id } })).id;
    // One at a time: a refusal started early would reject before it is awaited.
    for (const attempt of [
      () => startWorkshop(stranger, { workshopId: id }),
      () => addStatement(stranger, { workshopId: id, text: "Inkräktare" }),
      () => moveStatement(stranger, { workshopId: id, statementId, direction: "down" }),
      () => endWorkshop(stranger, { workshopId: id }),
    ]) {
      expect((await refusal(attempt())).code).toBe("forbidden");
    }
    await startWorkshop(owner, { workshopId: id });
    await changeStatement(official, { workshopId: id, statementId, command: "open" });
    expect((await refusal(changeStatement(stranger, { workshopId: id, statementId, command: "close" }))).code).toBe("forbidden");
    await endWorkshop(owner, { workshopId: id });
  });

  it("links to a compact, and ends a linked workshop, only for who may record participation on that compact", async () => {
    const compact = await createCompact(await demoActor("tjansteperson"), { title: "Överenskommelse utan idrotten" });
    const outsider = await demoActor("idrott");
    const inGroup = await getDb().draftingGroupMember.count({ where: { compactId: compact.id, organisationId: outsider.organisationId } });
    expect(inGroup).toBe(0);
    expect((await refusal(createWorkshop(outsider, { title: "Kopplad", compactId: compact.id, statements: "X" }))).fieldErrors.compactId).toEqual(["workshop.errors.compactNotYours"]);
    // A workshop an outsider owns that got linked anyway (e.g. they left the drafting group) cannot be ended into the matrix by them.
    const { id } = await createWorkshop(outsider, { title: "Fristående först", statements: "X" });
    await startWorkshop(outsider, { workshopId: id });
    await getDb().workshop.update({ where: { id }, data: { compactId: compact.id } });
    expect((await refusal(endWorkshop(outsider, { workshopId: id }))).code).toBe("forbidden");
    expect(await getDb().participationEntry.count({ where: { note: "Fristående först" } })).toBe(0);
  });

  it("starts once, needs a statement to start, and moves and adds statements", async () => {
    const official = await demoActor("tjansteperson");
    const empty = await createWorkshop(official, { title: "Tom workshop" });
    expect((await refusal(startWorkshop(official, { workshopId: empty.id }))).messageKey).toBe("workshop.errors.noStatements");
    await addStatement(official, { workshopId: empty.id, text: "Ska kommunen låna ut lokaler gratis?" });
    await addStatement(official, { workshopId: empty.id, text: "Vill ni pröva fler former av delaktighet?" });
    const [first, second] = await getDb().workshopStatement.findMany({ where: { workshopId: empty.id }, orderBy: { position: "asc" } });
    await moveStatement(official, { workshopId: empty.id, statementId: second!.id, direction: "up" });
    const reordered = await getDb().workshopStatement.findMany({ where: { workshopId: empty.id }, orderBy: { position: "asc" } });
    expect(reordered.map((s) => [s.id, s.position])).toEqual([
      [second!.id, 1],
      [first!.id, 2],
    ]);
    await startWorkshop(official, { workshopId: empty.id });
    expect((await refusal(startWorkshop(official, { workshopId: empty.id }))).messageKey).toBe("workshop.errors.alreadyLive");
  });

  it("keeps one statement open at a time and follows the statement rules", async () => {
    const { id, statementIds, command } = await liveWorkshop("En i taget");
    const [a, b] = statementIds;
    await command(a!, "open");
    await command(b!, "open");
    const statuses = async () => (await getDb().workshopStatement.findMany({ where: { workshopId: id }, orderBy: { position: "asc" } })).map((s) => s.status);
    expect(await statuses()).toEqual(["closed", "open", "pending"]);
    expect((await refusal(command(a!, "close"))).messageKey).toBe("workshop.errors.statementState");
    await command(b!, "reveal");
    await command(a!, "reopen");
    expect(await statuses()).toEqual(["open", "revealed", "pending"]);
  });
});

describe("joining", () => {
  it("joins a live workshop by code, forgiving case and spaces; refuses unknown and unstarted codes", async () => {
    const { code } = await liveWorkshop("Kodtest");
    const joined = await joinWorkshop(null, { code: `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`, sector: "civil", organisationName: "Grannstöd" }, nextAddress());
    expect(joined).toMatchObject({ joinCode: code, sector: "civil", organisationName: "Grannstöd" });
    const participant = await getDb().workshopParticipant.findFirstOrThrow({ where: { workshopId: joined.workshopId } });
    expect(participant.tokenHash).not.toContain(joined.token);
    expect(participant.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    expect((await refusal(join("ABCD2345", "civil"))).code).toBe("not_found");
    const draft = await createWorkshop(await demoActor("tjansteperson"), { title: "Utkast", statements: "X" });
    const draftCode = (await getDb().workshop.findUniqueOrThrow({ where: { id: draft.id } })).joinCode;
    expect((await refusal(join(draftCode, "civil"))).code).toBe("not_found");
    expect((await refusal(joinWorkshop(null, { code }, nextAddress()))).fieldErrors.sector).toEqual(["workshop.errors.sectorRequired"]);
  });

  it("records signed-in users with their own sector, once per workshop", async () => {
    const { id, code } = await liveWorkshop("Inloggade");
    const rep = await demoActor("forening");
    const first = await joinWorkshop(rep, { code, sector: "public" }, nextAddress());
    expect(first.sector).toBe("civil");
    expect(first.organisationName).toBe("Föreningen Grannstöd");
    const second = await joinWorkshop(rep, { code }, nextAddress());
    const rows = await getDb().workshopParticipant.findMany({ where: { workshopId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: rep.userId, sector: "civil" });
    // The first phone's token no longer votes: a user is one voter, whichever device they use last.
    expect((await refusal(castVote(code, first.token, { statementId: "x", value: "yes" }))).code).toBe("unauthenticated");
    expect(second.token).not.toBe(first.token);
  });

  it("limits failed code lookups per address, and then refuses even a right code", async () => {
    const { code } = await liveWorkshop("Gissning");
    const address = nextAddress();
    const wrong = code.startsWith("A") ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    for (let attempt = 0; attempt < 100; attempt++) {
      expect((await refusal(joinWorkshop(null, { code: wrong, sector: "civil" }, address))).code).toBe("not_found");
    }
    expect((await refusal(joinWorkshop(null, { code, sector: "civil" }, address))).code).toBe("rate_limited");
    expect((await join(code, "civil")).joinCode).toBe(code);
  });

  it("makes one participant of repeated joins with the same cookie, whatever they say the second time", async () => {
    const { id, code } = await liveWorkshop("Samma telefon");
    const address = nextAddress();
    const first = await joinWorkshop(null, { code, sector: "civil", organisationName: "Grannstöd" }, address);
    for (let again = 0; again < 5; again++) {
      const same = await joinWorkshop(null, { code, sector: "public" }, address, first.token);
      expect(same).toEqual(first);
    }
    expect(await getDb().workshopParticipant.count({ where: { workshopId: id } })).toBe(1);
    // A cookie of another workshop (or none) is no participant here: that is a new join.
    const other = await liveWorkshop("Annan workshop");
    const elsewhere = await joinWorkshop(null, { code: other.code, sector: "civil" }, address, first.token);
    expect(elsewhere.token).not.toBe(first.token);
  });

  it("limits new joins per address and workshop with 429, and counts nothing for a device that joined already", async () => {
    const { id, code } = await liveWorkshop("Röstfabrik");
    const address = nextAddress();
    const first = await joinWorkshop(null, { code, sector: "civil" }, address);
    for (let n = 1; n < JOIN_ADDRESS_LIMIT.max; n++) await joinWorkshop(null, { code, sector: "civil" }, address);
    const refused = await refusal(joinWorkshop(null, { code, sector: "civil" }, address));
    expect(refused.code).toBe("rate_limited");
    expect(refused.status).toBe(429);
    expect(await getDb().workshopParticipant.count({ where: { workshopId: id } })).toBe(JOIN_ADDRESS_LIMIT.max);
    // The device that joined first still gets back in; another address still joins; so does another workshop.
    expect((await joinWorkshop(null, { code, sector: "civil" }, address, first.token)).token).toBe(first.token);
    expect((await join(code, "civil")).joinCode).toBe(code);
    expect((await joinWorkshop(null, { code: (await liveWorkshop("Nästa")).code, sector: "civil" }, address)).token).toBeTruthy();
  });
});

describe("voting", () => {
  it("takes one vote per participant and statement, lets it change while open, and cannot be replayed into two", async () => {
    const { id, code, statementIds, command } = await liveWorkshop("En röst var");
    const [a] = statementIds;
    const civil = await join(code, "civil");
    const pub = await join(code, "public");
    expect((await refusal(castVote(code, civil.token, { statementId: a, value: "yes" }))).messageKey).toBe("workshop.errors.votingClosed");

    await command(a!, "open");
    await castVote(code, civil.token, { statementId: a, value: "yes" });
    await Promise.all(Array.from({ length: 5 }, () => castVote(code, civil.token, { statementId: a, value: "yes" })));
    await castVote(code, pub.token, { statementId: a, value: "no" });
    expect(await tallyOf(id, a!)).toEqual({ public: { yes: 0, no: 1 }, civil: { yes: 1, no: 0 } });

    await castVote(code, civil.token, { statementId: a, value: "no" });
    expect(await tallyOf(id, a!)).toEqual({ public: { yes: 0, no: 1 }, civil: { yes: 0, no: 1 } });
    expect(await getDb().workshopVote.count({ where: { statementId: a } })).toBe(2);
    // Written in UTC like everything Prisma writes (PostgreSQL writes votes with its own SQL).
    const row = await getDb().workshopVote.findFirstOrThrow({ where: { statementId: a } });
    expect(Math.abs(row.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("refuses votes on closed and revealed statements, and takes them again when reopened", async () => {
    const { id, code, statementIds, command } = await liveWorkshop("Stängt");
    const [a, b] = statementIds;
    const voter = await join(code, "public");
    await command(a!, "open");
    await castVote(code, voter.token, { statementId: a, value: "yes" });
    await command(a!, "close");
    expect((await refusal(castVote(code, voter.token, { statementId: a, value: "no" }))).code).toBe("conflict");
    await command(a!, "reveal");
    expect((await refusal(castVote(code, voter.token, { statementId: a, value: "no" }))).messageKey).toBe("workshop.errors.votingClosed");
    // Another statement than the open one is refused too.
    await command(b!, "open");
    expect((await refusal(castVote(code, voter.token, { statementId: a, value: "no" }))).code).toBe("conflict");
    await command(a!, "reopen");
    await castVote(code, voter.token, { statementId: a, value: "no" });
    expect(await tallyOf(id, a!)).toEqual({ public: { yes: 0, no: 1 }, civil: { yes: 0, no: 0 } });
  });

  it("refuses a token from another workshop, a missing token and an invalid body", async () => {
    const first = await liveWorkshop("Första");
    const second = await liveWorkshop("Andra");
    const voter = await join(first.code, "civil");
    await second.command(second.statementIds[0]!, "open");
    expect((await refusal(castVote(second.code, voter.token, { statementId: second.statementIds[0], value: "yes" }))).code).toBe("unauthenticated");
    expect((await refusal(castVote(second.code, undefined, { statementId: second.statementIds[0], value: "yes" }))).code).toBe("unauthenticated");
    expect((await refusal(castVote(first.code, voter.token, { statementId: first.statementIds[0], value: "kanske" }))).code).toBe("invalid");
  });

  it("loses no vote when many arrive at once", async () => {
    const { id, code, statementIds, command } = await liveWorkshop("Rusning");
    const [a] = statementIds;
    await command(a!, "open");
    const voters = await Promise.all(Array.from({ length: 40 }, (_, index) => join(code, index % 2 ? "civil" : "public")));
    await Promise.all(voters.map((voter, index) => castVote(code, voter.token, { statementId: a, value: index % 4 < 2 ? "yes" : "no" })));
    expect(await tallyOf(id, a!)).toEqual({ public: { yes: 10, no: 10 }, civil: { yes: 10, no: 10 } });
  });

  it("limits votes per participant", async () => {
    const { code, statementIds, command } = await liveWorkshop("Spärr");
    const [a] = statementIds;
    await command(a!, "open");
    const voter = await join(code, "civil");
    const other = await join(code, "public");
    for (let attempt = 0; attempt < VOTE_RATE_LIMIT.max; attempt++) {
      await castVote(code, voter.token, { statementId: a, value: attempt % 2 ? "yes" : "no" });
    }
    expect((await refusal(castVote(code, voter.token, { statementId: a, value: "yes" }))).code).toBe("rate_limited");
    await castVote(code, other.token, { statementId: a, value: "yes" });
  });
});

describe("ending", () => {
  it("closes voting, expires the code, and adds a participation entry to the compact's current stage", async () => {
    const compact = await getDb().compact.findFirstOrThrow();
    const { id, code, statementIds, command, official } = await liveWorkshop("Dialog om överenskommelsen", compact.id);
    const [a] = statementIds;
    await command(a!, "open");
    const voters = [await join(code, "public"), await join(code, "civil"), await join(code, "civil")];
    await join(code, "public"); // joined, never voted: not counted as taking part
    for (const voter of voters) await castVote(code, voter.token, { statementId: a, value: "yes" });

    const stale = new Date(Date.now() - 60 * 60 * 1000);
    await getDb().loginAttempt.create({ data: { key: "workshop-vote:gone", success: false, createdAt: stale } });
    // Only confirmed counts reach the matrix: none, or more than voted, is refused and nothing ends.
    const unconfirmed = await refusal(endWorkshop(official, { workshopId: id }));
    expect(unconfirmed.fieldErrors).toEqual({ publicCount: ["workshop.errors.confirmCount"], civilCount: ["workshop.errors.confirmCount"] });
    expect((await refusal(endWorkshop(official, { workshopId: id, publicCount: "1", civilCount: "3" }))).fieldErrors).toEqual({ civilCount: ["workshop.errors.countAboveMeasured"] });
    expect((await getDb().workshop.findUniqueOrThrow({ where: { id } })).status).toBe("live");
    const { participationEntryId } = await endWorkshop(official, { workshopId: id, publicCount: "1", civilCount: "2" });
    // Vote counting rows past the window are pruned; the recent ones stay until they are stale too.
    expect(await getDb().loginAttempt.count({ where: { key: "workshop-vote:gone" } })).toBe(0);
    expect(await getDb().loginAttempt.count({ where: { key: { startsWith: "workshop-vote:" } } })).toBeGreaterThan(0);
    const entry = await getDb().participationEntry.findUniqueOrThrow({ where: { id: participationEntryId! } });
    expect(entry).toMatchObject({
      compactId: compact.id,
      stage: compact.stage,
      level: "dialogue",
      methods: ["workshop_vote"],
      publicCount: 1,
      civilCount: 2,
      source: "workshop",
      note: "Dialog om överenskommelsen",
    });
    const audit = await getDb().auditEvent.findMany({ where: { compactId: compact.id, action: { in: ["workshop.ended", "compact.participationRecorded"] } } });
    expect(audit.map((event) => event.action).sort()).toEqual(["compact.participationRecorded", "workshop.ended"]);

    expect(await getDb().workshopStatement.findUniqueOrThrow({ where: { id: a } })).toMatchObject({ status: "closed" });
    expect((await refusal(castVote(code, voters[0]!.token, { statementId: a, value: "no" }))).code).toBe("conflict");
    expect((await refusal(join(code, "civil"))).messageKey).toBe("workshop.errors.ended");
    expect((await refusal(endWorkshop(official, { workshopId: id }))).messageKey).toBe("workshop.errors.ended");
    expect((await refusal(addStatement(official, { workshopId: id, text: "Sent" }))).messageKey).toBe("workshop.errors.ended");
  });

  it("adds nothing to any matrix for a stand-alone workshop", async () => {
    const { id, official } = await liveWorkshop("Fristående");
    const before = await getDb().participationEntry.count();
    expect(await endWorkshop(official, { workshopId: id })).toEqual({ participationEntryId: null });
    expect(await getDb().participationEntry.count()).toBe(before);
  });
});

describe("bursts of joins", () => {
  it("shows joins per minute with a burst flag; an excluded burst's votes stop counting, audited; only confirmed counts reach the matrix", async () => {
    const compact = await getDb().compact.findFirstOrThrow();
    const { id, code, statementIds, command, official } = await liveWorkshop("Toppar", compact.id);
    const [a] = statementIds;
    await command(a!, "open");
    const room = [await join(code, "civil"), await join(code, "public")];
    for (const voter of room) await castVote(code, voter.token, { statementId: a, value: "yes" });
    // A script joins 40 times within a minute, from as many addresses, and votes no each time.
    const burstStart = new Date();
    const script = [];
    for (let n = 0; n < 40; n++) script.push(await join(code, "civil"));
    for (const bot of script) await castVote(code, bot.token, { statementId: a, value: "no" });
    // All within one clock minute, however long the loop took.
    await getDb().workshopParticipant.updateMany({ where: { tokenHash: { in: await hashesOf(script.map((b) => b.token)) } }, data: { createdAt: burstStart } });
    const burstEnd = new Date(burstStart.getTime() + 1);
    // The room joined a little earlier than the script (their rows moved back a few minutes).
    await getDb().workshopParticipant.updateMany({ where: { tokenHash: { in: await hashesOf(room.map((r) => r.token)) } }, data: { createdAt: new Date(burstStart.getTime() - 3 * 60_000) } });

    const activity = await getJoinActivity(official, id);
    expect(activity.minutes.filter((m) => m.burst).reduce((sum, m) => sum + m.joins, 0)).toBe(40);
    expect(activity.voted).toEqual({ publicCount: 1, civilCount: 41 });
    expect((await tallyOf(id, a!)).civil).toEqual({ yes: 1, no: 40 });

    // Another association's representative may neither see nor exclude.
    const stranger = await demoActor("idrott");
    expect((await refusal(getJoinActivity(stranger, id))).code).toBe("forbidden");
    expect((await refusal(excludeJoinBurst(stranger, { workshopId: id, from: burstStart.toISOString(), to: burstEnd.toISOString() }))).code).toBe("forbidden");
    expect((await refusal(excludeJoinBurst(official, { workshopId: id, from: burstEnd.toISOString(), to: burstStart.toISOString() }))).fieldErrors.to).toEqual(["errors.invalid"]);

    expect(await excludeJoinBurst(official, { workshopId: id, from: burstStart.toISOString(), to: burstEnd.toISOString() })).toEqual({ excluded: 40 });
    expect((await tallyOf(id, a!)).civil).toEqual({ yes: 1, no: 0 });
    expect((await loadPresenterSnapshot(id))!.participants).toEqual({ public: 1, civil: 1 });
    const after = await getJoinActivity(official, id);
    expect(after).toMatchObject({ excluded: 40, voted: { publicCount: 1, civilCount: 1 } });
    expect(after.minutes.some((m) => m.burst)).toBe(false);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "workshop.joinsExcluded" } });
    expect(audit.actorId).toBe(official.userId);
    expect(JSON.stringify(audit.after)).toContain('"excluded":40');

    // The excluded cannot be confirmed into the matrix; what is confirmed is what is recorded.
    expect((await refusal(endWorkshop(official, { workshopId: id, publicCount: "1", civilCount: "41" }))).fieldErrors.civilCount).toEqual(["workshop.errors.countAboveMeasured"]);
    const { participationEntryId } = await endWorkshop(official, { workshopId: id, publicCount: "1", civilCount: "1" });
    expect(await getDb().participationEntry.findUniqueOrThrow({ where: { id: participationEntryId! } })).toMatchObject({ publicCount: 1, civilCount: 1 });
  });
});

describe("live snapshots", () => {
  it("reach a watcher after a vote (through LISTEN/NOTIFY on PostgreSQL, by polling on SQLite)", async () => {
    const { watchTopic } = await import("../../live/topic");
    const { presenterTopic } = await import("@/lib/server/live/workshop-topics");
    const { id, code, statementIds, command } = await liveWorkshop("Direkt");
    const [a] = statementIds;
    await command(a!, "open");
    const seen: string[] = [];
    const stop = await watchTopic(presenterTopic(id), (snapshot) => seen.push(snapshot));
    try {
      expect(seen).toHaveLength(1);
      const voter = await join(code, "civil");
      await castVote(code, voter.token, { statementId: a, value: "yes" });
      await vi.waitFor(() => expect(JSON.parse(seen.at(-1)!).statements[0].counts.civil.yes).toBe(1), { timeout: 5000, interval: 20 });
    } finally {
      stop();
    }
  });
});
