import { readdirSync } from "node:fs";
import { Document, Packer, Paragraph } from "docx";
import type { RunningCollabServer } from "@/lib/collab/server";
import { sessionCookie } from "@/lib/collab/testing/clients";
import { startTestServer, TEST_AUTH_SECRET } from "@/lib/collab/testing/server";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/domain/roles";
import { ACTION_ENTRY_POINTS, CALLERS, ROUTE_ENTRY_POINTS, expectedOutcome, type Caller, type EntryPoint } from "@/lib/domain/entry-points";
import { LOCALE_COOKIE } from "@/lib/i18n/core";
import { loadActor } from "./actor";
import { getDb } from "./db";
import { adoptCompact, demoActor, demoCompactId, organisationId, withDemoDatabase } from "./testing/integration";
import { E2E_MUNICIPALITY_USERS, seedE2eMunicipality } from "./testing/e2e-municipality";
import { DEMO_EMAIL_DOMAIN } from "./seed/demo-data";
import { addToDraftingGroup } from "./services/compacts/add-to-drafting-group";
import { changeStage } from "./services/compacts/change-stage";
import { createCompact } from "./services/compacts/create-compact";
import { saveAgenda } from "./services/compacts/save-agenda";
import { saveText } from "./services/compacts/save-text";
import { saveStageSummary } from "./services/compacts/save-stage-summary";
import { createComment } from "./services/comments/create-comment";
import { closeCommentRound } from "./services/comments/close-comment-round";
import { signComment } from "./services/comments/sign-comment";
import { markReady } from "./services/compacts/mark-ready";
import { recordDecision } from "./services/compacts/record-decision";
import { addCommitment } from "./services/follow-up/add-commitment";
import { startWorkshop } from "./services/workshops/start-workshop";
import { openCommentRound } from "./services/comments/open-comment-round";
import { reportComment } from "./services/moderation/report-comment";
import { createWorkshop } from "./services/workshops/create-workshop";
import { applyToJoin } from "./services/publication/apply-to-join";
import { inviteUser } from "./services/users/invite-user";

/**
 * The authorisation matrix (lib/domain/entry-points.ts) held against the real entry points: every
 * server action and every route handler, called as every caller, against the real (throw-away)
 * database. Only the session is replaced: getActor answers with the actor loadActor builds from the
 * database for the caller's user, exactly as it would from that user's session cookie.
 */
let currentActor: Actor | null = null;
vi.mock("@/lib/server/auth", () => ({ getActor: async () => currentActor, getAuthOptions: () => ({}) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === LOCALE_COOKIE ? { value: "sv" } : undefined), getAll: () => [], has: () => false, set: () => {} }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

withDemoDatabase();

const root = path.resolve(__dirname, "../..");

/** Every action module and every route module, found afresh on each run. */
const ACTION_FILES = readdirSync(path.join(root, "lib/actions"))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .sort();
const ROUTE_FILES = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => file.split(path.sep).join("/"))
  .sort();
const OWN_HANDLER = new Set(["api/auth/[...nextauth]/route.ts"]);
const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;

type Action = (previous: unknown, form: FormData) => Promise<unknown>;
type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

async function actionEntryPoints(): Promise<Map<string, Action>> {
  const found = new Map<string, Action>();
  for (const file of ACTION_FILES) {
    const actionModule = (await import(/* @vite-ignore */ path.join(root, "lib/actions", file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(actionModule)) {
      if (typeof value === "function") found.set(`${file.replace(/\.ts$/, "")}.${name}`, value as Action);
    }
  }
  return found;
}

async function routeEntryPoints(): Promise<Map<string, { handler: Handler; method: string; folder: string }>> {
  const found = new Map<string, { handler: Handler; method: string; folder: string }>();
  for (const file of ROUTE_FILES.filter((f) => !OWN_HANDLER.has(f))) {
    const routeModule = (await import(/* @vite-ignore */ path.join(root, "app", file))) as Record<string, unknown>;
    const folder = path.posix.dirname(file);
    for (const method of METHODS) {
      if (method in routeModule) found.set(`${method} ${folder}`, { handler: routeModule[method] as Handler, method, folder });
    }
  }
  return found;
}

/** The demo's things every form aims at (the foreign callers aim at them too). */
type Fixtures = {
  agendaId: string;
  formulationId: string;
  formulationVersion: number;
  adoptedId: string;
  adoptedSlug: string;
  adoptedCommitmentId: string;
  publicationId: string;
  reviewId: string;
  commentId: string;
  jointCommentId: string;
  commitmentId: string;
  closed: { compactId: string; roundId: string; commentId: string };
  roundId: string;
  workshopId: string;
  statementId: string;
  joinCode: string;
  notificationId: string;
  reportId: string;
  joiningId: string;
  invitedUserId: string;
  grannstod: string;
  idrott: string;
  kff: string;
  handerna: string;
  deactivatedUserId: string;
  users: Record<Exclude<Caller, "anonymous" | "deactivated">, string>;
};
let fx: Fixtures;

async function userId(email: string): Promise<string> {
  return (await getDb().user.findUniqueOrThrow({ where: { email } })).id;
}

/** The co-editing server a Word import writes through (as the app does), on a free port. */
let collab: RunningCollabServer | undefined;

beforeAll(async () => {
  collab = await startTestServer();
  process.env.COLLAB_PORT = String(collab.port);
  process.env.COLLAB_HOST = "127.0.0.1";
  const db = getDb();
  await seedE2eMunicipality(db);
  const [grannstod = "", idrott = "", kff = "", handerna = ""] = await Promise.all(
    ["Föreningen Grannstöd", "Sjöberga Idrottsallians", "Kultur- och fritidsförvaltningen", "Kooperativet Gröna Händer"].map(organisationId),
  );
  fx = { grannstod, idrott, kff, handerna } as Fixtures;

  const formulationId = await formulationCompact();
  const { id: commentId } = await createComment(await rep(), { compactId: formulationId, body: "En synpunkt." });
  const { id: commitmentId } = await addCommitment(await official(), { compactId: formulationId, ...COMMITMENT, ownerOrganisationId: kff });
  const closed = await closedRound();
  const { id: roundId } = await openCommentRound(await official(), { compactId: formulationId, endsAt: "2099-12-31", audience: "municipality" });
  const { id: reportId } = await reportComment(await demoActor("politiker"), { commentId, reason: "Prov" });
  fx.formulationId = formulationId;
  const started = await workshop(true);

  // An adopted compact with a joint commitment of the administration and Grannstöd, now carried out.
  const adoptedId = await formulationCompact("Matrisens antagna");
  const { id: adoptedCommitmentId } = await addCommitment(await official(), {
    compactId: adoptedId,
    ...COMMITMENT,
    party: "joint",
    ownerOrganisationId: kff,
    partnerOrganisationId: grannstod,
  });
  await markReady(await official(), { compactId: adoptedId });
  await markReady(await rep(), { compactId: adoptedId });
  await changeStage(await official(), { compactId: adoptedId, kind: "advance", expectedRevision: await revision(adoptedId) });
  await recordDecision(await demoActor("politiker"), {
    compactId: adoptedId,
    expectedRevision: await revision(adoptedId),
    outcome: "approved",
    motivation: "Bra.",
    body: "Kommunstyrelsen",
    caseNumber: "KS 2027/77",
    meetingDate: "2027-05-05",
  });
  await changeStage(await official(), { compactId: adoptedId, kind: "advance", expectedRevision: await revision(adoptedId) });
  const adopted = await db.compact.findUniqueOrThrow({ where: { id: adoptedId } });
  const publication = await db.publication.findFirstOrThrow({ where: { compactId: adoptedId }, orderBy: { publishedAt: "desc" } });
  const { id: joiningId } = await applyToJoin(await demoActor("idrott"), { compactId: adoptedId, organisationId: idrott, joinedOn: "2027-06-01", evidence: "Styrelsebeslut" });
  const reviewId = await adoptCompact("Matrisens uppföljning", { caseNumber: "KS 2027/78" });
  await changeStage(await official(), { compactId: reviewId, kind: "advance", expectedRevision: await revision(reviewId) });
  await saveStageSummary(await official(), { compactId: reviewId, text: "Så gick genomförandet." });
  await changeStage(await official(), { compactId: reviewId, kind: "advance", expectedRevision: await revision(reviewId) });

  const { userId: invitedUserId } = await inviteUser(await demoActor("admin"), {
    email: "inbjuden@demo.overens.se",
    name: "Inbjuden Person",
    organisationId: handerna,
    role: "association_rep",
  });
  const deactivated = await db.user.create({
    data: { email: "avslutad@demo.overens.se", name: "Avslutad Person", active: false, memberships: { create: { organisationId: kff, role: "official" } } },
  });
  const officialId = (await official()).userId;
  const notification =
    (await db.notification.findFirst({ where: { recipientId: officialId } })) ??
    (await db.notification.create({ data: { recipientId: officialId, kind: "comment", compactId: formulationId } }));

  fx = {
    ...fx,
    agendaId: await demoCompactId(),
    formulationVersion: (await db.compact.findUniqueOrThrow({ where: { id: formulationId } })).currentVersion,
    adoptedId,
    adoptedSlug: adopted.slug,
    adoptedCommitmentId,
    publicationId: publication.id,
    reviewId,
    commentId,
    jointCommentId: await comment("forening", true),
    commitmentId,
    closed,
    roundId,
    workshopId: started.workshopId,
    statementId: started.statementId,
    joinCode: (await db.workshop.findUniqueOrThrow({ where: { id: started.workshopId } })).joinCode,
    notificationId: notification.id,
    reportId,
    joiningId,
    invitedUserId,
    deactivatedUserId: deactivated.id,
    users: {
      admin: await userId(`admin@${DEMO_EMAIL_DOMAIN}`),
      official: await userId(`tjansteperson@${DEMO_EMAIL_DOMAIN}`),
      association_rep: await userId(`forening@${DEMO_EMAIL_DOMAIN}`),
      politician: await userId(`politiker@${DEMO_EMAIL_DOMAIN}`),
      "foreign:admin": await userId(E2E_MUNICIPALITY_USERS.admin),
      "foreign:official": await userId(E2E_MUNICIPALITY_USERS.official),
      "foreign:association_rep": await userId(E2E_MUNICIPALITY_USERS.association_rep),
      "foreign:politician": await userId(E2E_MUNICIPALITY_USERS.politician),
    },
  };
}, 120_000);

async function actorOf(caller: Caller): Promise<Actor | null> {
  if (caller === "anonymous") return null;
  return loadActor(caller === "deactivated" ? fx.deactivatedUserId : fx.users[caller]);
}

const official = () => demoActor("tjansteperson");
const rep = () => demoActor("forening");
async function revision(id: string): Promise<number> {
  return (await getDb().compact.findUniqueOrThrow({ where: { id } })).revision;
}

/** A compact in the agenda stage written by the official's administration and Grannstöd. */
async function agendaCompact(title = "Matrisens dagordning"): Promise<string> {
  const { id } = await createCompact(await official(), { title });
  await addToDraftingGroup(await official(), { compactId: id, organisationId: fx.kff });
  await addToDraftingGroup(await official(), { compactId: id, organisationId: fx.grannstod });
  await saveAgenda(await official(), { compactId: id, why: "Prov.", issues: "Lokaler", invited: "Alla" });
  return id;
}

/** The same compact moved on to formulation, with a text to comment on. */
async function formulationCompact(title = "Matrisens utkast"): Promise<string> {
  const id = await agendaCompact(title);
  await saveText(await official(), { compactId: id, text: "# Syfte\nEn text att kommentera.\nÖverenskommelsen ses över vart tredje år." });
  await changeStage(await official(), { compactId: id, kind: "advance", expectedRevision: await revision(id) });
  return id;
}

/** Both sectors marked it ready, and it went on to the decision. */
async function decisionCompact(): Promise<string> {
  const id = await formulationCompact("Matrisens beslut");
  await markReady(await official(), { compactId: id });
  await markReady(await rep(), { compactId: id });
  await changeStage(await official(), { compactId: id, kind: "advance", expectedRevision: await revision(id) });
  return id;
}

/** A comment round that was opened and closed on a compact in formulation, with one comment in it. */
async function closedRound(): Promise<{ compactId: string; roundId: string; commentId: string }> {
  const compactId = await formulationCompact("Matrisens remiss");
  const { id: roundId } = await openCommentRound(await official(), { compactId, endsAt: "2099-12-31", audience: "municipality" });
  const { id: commentId } = await createComment(await demoActor("politiker"), { compactId, body: "Synpunkt i remissen." });
  await closeCommentRound(await official(), { roundId });
  return { compactId, roundId, commentId };
}

async function workshop(started: boolean): Promise<{ workshopId: string; statementId: string }> {
  const { id } = await createWorkshop(await official(), { title: "Matrisens verkstad", compactId: fx.formulationId, statements: "Ett\nTvå" });
  if (started) await startWorkshop(await official(), { workshopId: id });
  const first = await getDb().workshopStatement.findFirstOrThrow({ where: { workshopId: id }, orderBy: { position: "asc" } });
  return { workshopId: id, statementId: first.id };
}

async function comment(author: "tjansteperson" | "forening", joint = false): Promise<string> {
  return (await createComment(await demoActor(author), { compactId: fx.formulationId, body: "En synpunkt.", joint: String(joint) })).id;
}

/**
 * A form that is valid for each action, aimed at the demo's things (the foreign callers aim at them
 * too). A caller the matrix lets through gets things of its own (`fresh`), so what one allowed caller
 * changed never decides another's cell.
 */
async function formFor(name: string, caller: Caller, fresh: boolean): Promise<Record<string, string>> {
  const f = fx;
  const other = caller === "association_rep" ? "tjansteperson" : "forening";
  const compact = { compactId: f.formulationId };
  switch (name) {
    case "auth.acceptInvitationAction":
      return { token: "x".repeat(40), password: "ett-langt-losenord-2027", confirm: "ett-langt-losenord-2027" };
    case "auth.requestPasswordResetAction":
      // One address per caller: requests are limited per typed address (3 an hour).
      return { email: `ingen-${caller.replace(":", "-")}@example.org` };
    case "auth.signOutEverywhereAction":
      return {};
    case "auth.resetPasswordAction":
      return { token: "y".repeat(40), password: "ett-langt-losenord-2027", confirm: "ett-langt-losenord-2027" };
    case "comments.createCommentAction":
      return { ...compact, body: "Ännu en synpunkt." };
    case "comments.editCommentAction":
      return { ...compact, commentId: fresh ? await comment("forening") : f.commentId, body: "Ändrad synpunkt." };
    case "comments.withdrawCommentAction":
      return { ...compact, commentId: fresh ? await comment("forening") : f.commentId };
    case "comments.resolveCommentAction":
      return { ...compact, commentId: fresh ? await comment("forening") : f.commentId, resolved: "true" };
    case "comments.signCommentAction":
      return { ...compact, commentId: fresh ? await comment(other, true) : f.jointCommentId };
    case "comments.withdrawSignatureAction": {
      if (!fresh) return { ...compact, commentId: f.jointCommentId };
      const commentId = await comment(other, true);
      await signComment(await loadActor(f.users[caller as "official"]), { commentId });
      return { ...compact, commentId };
    }
    case "comments.respondToCommentAction": {
      const round = fresh ? await closedRound() : f.closed;
      return { compactId: round.compactId, commentId: round.commentId, outcome: "noted", motivation: "Tack." };
    }
    case "comments.openCommentRoundAction":
      return { compactId: fresh ? await formulationCompact() : f.formulationId, endsAt: "2099-12-30", audience: "drafting_group" };
    case "comments.closeCommentRoundAction": {
      if (!fresh) return { ...compact, roundId: f.roundId };
      const compactId = await formulationCompact();
      return { compactId, roundId: (await openCommentRound(await official(), { compactId, endsAt: "2099-12-31", audience: "drafting_group" })).id };
    }
    case "compacts.createCompactAction":
      return { title: "Ny överenskommelse" };
    case "compacts.changeStageAction": {
      const id = fresh ? await agendaCompact() : f.agendaId;
      if (fresh) await saveText(await official(), { compactId: id, text: "# Syfte\nText." });
      return { compactId: id, kind: "advance", expectedRevision: String(await revision(id)) };
    }
    case "compacts.markReadyAction":
      return { compactId: fresh ? await formulationCompact() : f.formulationId };
    case "compacts.saveAgendaAction":
      return { compactId: fresh ? await agendaCompact() : f.agendaId, why: "Därför.", issues: "Lokaler", invited: "Alla" };
    case "compacts.addToDraftingGroupAction":
      return { compactId: fresh ? await agendaCompact() : f.agendaId, organisationId: f.handerna };
    case "compacts.removeFromDraftingGroupAction":
      return { compactId: fresh ? await agendaCompact() : f.agendaId, organisationId: f.grannstod };
    case "compacts.recordParticipationAction":
      return { ...compact, stage: "formulation", level: "dialogue", methods: "hearing" };
    case "compacts.saveStageSummaryAction":
      return { compactId: f.adoptedId, text: "Så gick det." };
    case "decision.recordApprovalAction": {
      const id = fresh ? await decisionCompact() : f.formulationId;
      return { compactId: id, expectedRevision: String(await revision(id)), outcome: "approved", motivation: "Bra.", body: "Kommunstyrelsen", caseNumber: "KS 2027/1", meetingDate: "2027-05-05" };
    }
    case "decision.publishConsultationAction":
      return { compactId: fresh ? await formulationCompact() : f.formulationId };
    case "decision.registerJoiningAction":
      return { compactId: f.adoptedId, organisationId: f.handerna, joinedOn: "2027-06-01", evidence: "Protokoll" };
    case "decision.applyToJoinAction":
      return { compactId: f.adoptedId, organisationId: f.grannstod, joinedOn: "2027-06-01", evidence: "Protokoll" };
    case "decision.confirmJoiningAction":
      return { compactId: f.adoptedId, joiningId: f.joiningId };
    case "follow-up.addCommitmentAction":
      return { ...compact, ...COMMITMENT, ownerOrganisationId: f.kff };
    case "follow-up.removeCommitmentAction": {
      if (!fresh) return { ...compact, commitmentId: f.commitmentId };
      const { id } = await addCommitment(await official(), { ...compact, ...COMMITMENT, ownerOrganisationId: f.kff });
      return { ...compact, commitmentId: id };
    }
    case "follow-up.addActionPlanAction":
      return { ...compact, title: "Plan", startDate: "2027-01-01", endDate: "2027-12-31", priorityAreas: "Lokaler" };
    case "follow-up.saveRhythmAction":
      return { ...compact, actionPlanMonths: "12", commitmentReviewMonths: "12", principleReviewMonths: "36", meetingMonths: "12", staleAfterMonths: "6" };
    case "follow-up.saveJointReviewAction":
      return { compactId: f.reviewId };
    case "follow-up.postProgressAction":
      return { compactId: f.adoptedId, commitmentId: f.adoptedCommitmentId, status: "on_track", percent: "10", text: "Det går bra.", date: new Date().toISOString().slice(0, 10) };
    case "locale.setLocaleAction":
      return { locale: "en" };
    case "moderation.hideCommentAction":
    case "moderation.dismissReportAction": {
      if (!fresh) return { commentId: f.commentId, reportId: f.reportId, reason: "Olämpligt" };
      const commentId = await comment("forening");
      const { id: reportId } = await reportComment(await demoActor("politiker"), { commentId, reason: "Prov" });
      return { commentId, reportId, reason: "Olämpligt" };
    }
    case "notifications.markNotificationReadAction":
      return { notificationId: f.notificationId };
    case "notifications.markAllNotificationsReadAction":
      return {};
    case "organisations.createOrganisationAction":
      return { name: `Ny förening ${caller}`, sector: "civil", kind: "association" };
    case "organisations.updateOrganisationAction":
      return { id: f.handerna, name: "Kooperativet Gröna Händer", sector: "civil", kind: "cooperative" };
    case "principles.assessPrincipleAction":
      return { ...compact, version: String(f.formulationVersion), principle: "dialogue", score: "3", justification: "Motivering." };
    case "principles.recordPrincipleOverrideAction": {
      const compactId = fresh ? await formulationCompact() : f.formulationId;
      // A text that never says when it is reviewed: a blocking finding either sector may override.
      if (fresh) await saveText(await official(), { compactId, text: "# Syfte\nEn text utan översyn." });
      return { compactId, version: String((await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).currentVersion), motivation: "Motivering." };
    }
    case "relations.saveRelationsAction":
      return { organisationId: f.grannstod };
    case "relations.sendSurveyAction":
      return { organisationId: "" };
    case "relations.saveVolunteerEstimateAction":
      return { residents: "10000", sharePercent: "20", hoursPerWeek: "2", weeksPerYear: "40" };
    case "relations.attachEvidenceAction":
      return { compactId: fresh ? await agendaCompact() : f.agendaId, kind: "relations" };
    case "reports.reportCommentAction":
      return { ...compact, commentId: fresh ? await comment("forening") : f.commentId, reason: "Olämpligt" };
    case "settings.updateSettingsAction":
      return { name: "Sjöberga", logoText: "kommun", defaultLocale: "sv" };
    case "settings.updateDecisionRuleAction":
      return { mode: "single" };
    case "survey.answerSurveyAction":
      return { token: "z".repeat(40) };
    case "users.inviteUserAction":
      return { email: `ny-${caller.replace(":", "-")}@demo.overens.se`, name: "Ny Person", organisationId: f.grannstod, role: "association_rep" };
    case "users.changeRoleAction":
      return { userId: f.invitedUserId, role: "association_rep" };
    case "users.setUserActiveAction":
      return { userId: f.invitedUserId, active: "true" };
    case "workshops.createWorkshopAction":
      return { title: "Verkstad", ...compact, statements: "Ett" };
    case "workshops.startWorkshopAction":
      return fresh ? await workshop(false) : { workshopId: f.workshopId };
    case "workshops.endWorkshopAction":
      // A workshop linked to a compact ends with the facilitator's confirmed counts per sector.
      return { ...(fresh ? await workshop(true) : { workshopId: f.workshopId }), publicCount: "0", civilCount: "0" };
    case "workshops.excludeJoinBurstAction":
      return { ...(fresh ? await workshop(true) : { workshopId: f.workshopId }), from: new Date(Date.now() - 60_000).toISOString(), to: new Date().toISOString() };
    case "workshops.addStatementAction":
      return { ...(fresh ? await workshop(true) : { workshopId: f.workshopId }), text: "Tre" };
    case "workshops.statementCommandAction":
      return { ...(fresh ? await workshop(true) : { workshopId: f.workshopId, statementId: f.statementId }), command: "open" };
    case "workshops.moveStatementAction":
      return { ...(fresh ? await workshop(true) : { workshopId: f.workshopId, statementId: f.statementId }), direction: "down" };
  }
  throw new Error(`no form for ${name}`);
}

const COMMITMENT = {
  title: "Föreningsforum två gånger om året",
  party: "municipality",
  contactRole: "Föreningskonsulent",
  recurrence: "half_yearly",
  followUpKind: "indicator",
  indicator: "Antal forum",
  target: "2 per år",
  principles: "dialogue",
};

function toFormData(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
}

async function callAction(action: Action, values: Record<string, string>): Promise<string> {
  try {
    // setLocaleAction is a plain form action (form) => void; every other one is built by defineAction.
    const form = toFormData(values);
    const result = (await (action.length === 1 ? (action as unknown as (form: FormData) => Promise<unknown>)(form) : action(undefined, form))) as
      | { ok?: boolean; code?: string }
      | undefined;
    if (result === undefined) return "allowed"; // setLocaleAction answers nothing
    if (process.env.MATRIX_DEBUG && !result.ok) console.log("[matrix]", JSON.stringify(result));
    return result.ok ? "allowed" : (result.code ?? "unexpected");
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return "allowed";
    throw error;
  }
}

/** Concrete parameters and body for each route, aimed at the demo's things (a fresh compact for an allowed stage change). */
async function requestFor(method: string, folder: string, fresh: boolean): Promise<{ url: string; params: Record<string, string>; body?: BodyInit }> {
  const f = fx;
  const params: Record<string, string> = {
    id: folder.startsWith("api/workshops")
      ? f.workshopId
      : folder.startsWith("api/v1/joinings")
        ? f.joiningId
        : folder.startsWith("api/v1/versions")
          ? f.publicationId
          : folder.includes("consultation")
            ? f.closed.compactId
            : f.formulationId,
    roundId: f.closed.roundId,
    format: folder.startsWith("api/workshops") ? "csv" : "pdf",
    fileId: "x0000000000000000000000",
    municipality: "sjoberga",
    compact: f.adoptedSlug,
    code: f.joinCode,
  };
  const key = `${method} ${folder}`;
  if (key === "POST api/compacts/[id]/stage" && fresh) {
    params.id = await agendaCompact();
    await saveText(await official(), { compactId: params.id, text: "# Syfte\nText." });
  }
  const bodies: Record<string, unknown> = {
    "POST api/compacts/[id]/stage": key === "POST api/compacts/[id]/stage" && { kind: "advance", expectedRevision: await revision(params.id!) },
    "POST w/[code]/join": { sector: "civil" },
    "POST w/[code]/vote": { statementId: f.statementId, value: "yes" },
  };
  const url = `http://localhost:3000/${folder.replace(/\[(\w+)\]/g, (_m, name: string) => params[name] ?? "x")}`;
  if (key === "POST api/relations/import") return { url, params, body: upload(RELATIONS_CSV, "relationer.csv", "text/csv") };
  if (key === "POST api/compacts/[id]/docx") return { url, params, body: upload(await wordFile(), "utkast.docx", DOCX_TYPE) };
  return { url, params, body: key in bodies ? JSON.stringify(bodies[key]) : undefined };
}

const RELATIONS_CSV =
  "organisation;relation_type;relation_kind;committee;since;amount;note\nFöreningen Grannstöd;consultation_body;dialogue;Kommunstyrelsen;2015;;Remissvar";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function wordFile(): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Ett utkast ur Word.")] }] })));
}

function upload(content: string | Uint8Array, name: string, type: string): FormData {
  const form = new FormData();
  form.append("file", new File([content as BlobPart], name, { type }));
  form.append("mode", "replace");
  return form;
}

function outcomeOfStatus(status: number): string {
  if (status >= 200 && status < 400) return "allowed";
  return { 401: "unauthenticated", 403: "forbidden", 404: "not_found", 409: "conflict", 422: "invalid", 429: "rate_limited", 413: "invalid" }[status] ?? `status ${status}`;
}

async function callRoute(handler: Handler, method: string, folder: string, fresh: boolean): Promise<string> {
  const { url, params, body } = await requestFor(method, folder, fresh);
  // The Word import hands the caller's session cookie on to the co-editing server, as a browser's would be.
  // The caller's current session version: "sign out everywhere" cells may have raised it.
  const version = currentActor ? (await getDb().user.findUniqueOrThrow({ where: { id: currentActor.userId } })).sessionVersion : 0;
  const session = currentActor && body instanceof FormData ? `; ${await sessionCookie(currentActor.userId, TEST_AUTH_SECRET, version)}` : "";
  const headers: Record<string, string> = { Host: "localhost:3000", Cookie: `locale=sv${session}` };
  if (typeof body === "string") headers["Content-Type"] = "application/json";
  const request = new Request(url, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(params) });
  await response.body?.cancel().catch(() => {});
  return outcomeOfStatus(response.status);
}

/** Refusals first, so nothing the allowed callers change can make a later refusal look right. */
const ORDER: Caller[] = [...CALLERS].sort((a, b) => Number(isAllowedFirst(a)) - Number(isAllowedFirst(b)));
function isAllowedFirst(caller: Caller): boolean {
  return !caller.startsWith("foreign:") && caller !== "anonymous" && caller !== "deactivated";
}

const cells: { entry: string; caller: Caller; expected: string; actual: string }[] = [];

describe("the authorisation matrix", () => {
  it("has a row for every server action and every route handler, and none for anything that is gone", async () => {
    const actions = [...(await actionEntryPoints()).keys()].sort();
    const routes = [...(await routeEntryPoints()).keys()].sort();
    expect(actions.length).toBeGreaterThan(50);
    expect(routes.length).toBeGreaterThan(20);
    expect(actions).toEqual(Object.keys(ACTION_ENTRY_POINTS).sort());
    expect(routes).toEqual(Object.keys(ROUTE_ENTRY_POINTS).sort());
  });

  it("answers every caller of every entry point as the matrix says", async () => {
    const actions = await actionEntryPoints();
    const routes = await routeEntryPoints();
    const run = async (entry: string, point: EntryPoint, call: () => Promise<string>, caller: Caller) => {
      currentActor = await actorOf(caller);
      const actual = await call().catch((error: unknown) => `threw ${error instanceof Error ? error.message : String(error)}`);
      cells.push({ entry, caller, expected: expectedOutcome(point, caller), actual });
    };
    for (const caller of ORDER) {
      for (const [name, action] of actions) {
        const point = ACTION_ENTRY_POINTS[name];
        if (point) await run(name, point, async () => callAction(action, await formFor(name, caller, expectedOutcome(point, caller) === "allowed")), caller);
      }
      for (const [key, { handler, method, folder }] of routes) {
        const point = ROUTE_ENTRY_POINTS[key];
        if (point) await run(key, point, () => callRoute(handler, method, folder, expectedOutcome(point, caller) === "allowed"), caller);
      }
    }
    const mismatches = cells.filter((c) => c.expected !== c.actual).map((c) => `${c.entry} as ${c.caller}: expected ${c.expected}, got ${c.actual}`);
    expect(mismatches).toEqual([]);
    // The README prints this number.
    expect(cells.length).toBe((actions.size + routes.size) * CALLERS.length);
  }, 600_000);

  // The HTTP probe of every route with an id in its path: another municipality's members (signed in,
  // with the right role there) asking for this municipality's things by id get 404, never the thing.
  it("hides this municipality's things from another municipality's members on every [id] route (404)", () => {
    const probes = cells.filter((c) => c.caller.startsWith("foreign:") && /^\w+ .*\[/.test(c.entry) && ROUTE_ENTRY_POINTS[c.entry]?.may !== "anyone");
    expect(probes.length).toBeGreaterThanOrEqual(8 * 4);
    expect(probes.filter((c) => c.actual !== "not_found").map((c) => `${c.entry} as ${c.caller}: ${c.actual}`)).toEqual([]);
  });

  it("never lets a member of another municipality, an anonymous visitor or a deactivated user through a members' entry point", () => {
    const leaks = cells.filter(
      (c) =>
        c.actual === "allowed" &&
        (c.caller === "anonymous" || c.caller === "deactivated" || c.caller.startsWith("foreign:")) &&
        ({ ...ACTION_ENTRY_POINTS, ...ROUTE_ENTRY_POINTS }[c.entry]?.may !== "anyone") &&
        ({ ...ACTION_ENTRY_POINTS, ...ROUTE_ENTRY_POINTS }[c.entry]?.foreign !== "own"),
    );
    expect(leaks).toEqual([]);
  });
});

afterAll(async () => {
  await collab?.stop();
  console.info(`[authorisation matrix] ${cells.length} cells`);
});
