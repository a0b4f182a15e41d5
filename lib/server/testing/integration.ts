import { afterAll, beforeAll, expect } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { createFreshDatabase } from "@/prisma/testing/fresh-database";
import type { Actor } from "@/lib/domain/roles";
import { loadActor } from "../actor";
import { closeLiveBus } from "../live/bus";
import { getDb } from "../db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { changeStage } from "../services/compacts/change-stage";
import { createCompact } from "../services/compacts/create-compact";
import { markReady } from "../services/compacts/mark-ready";
import { recordDecision } from "../services/compacts/record-decision";
import { saveAgenda } from "../services/compacts/save-agenda";
import { saveText } from "../services/compacts/save-text";
import { DEMO_EMAIL_DOMAIN } from "@/lib/server/seed/demo-data";

/** Which database the integration suite runs on: TEST_DB=postgres, or SQLite by default. */
export const TEST_DB_KIND = process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";

/**
 * Gives the test file its own empty, migrated database (a temporary SQLite file, or a new
 * PostgreSQL database), seeded with the demo, and drops it afterwards.
 */
export function withDemoDatabase(): void {
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const fresh = await createFreshDatabase(TEST_DB_KIND);
    drop = fresh.drop;
    process.env.DATABASE_URL = fresh.url;
    await seedDemo(getDb());
  });
  afterAll(async () => {
    // Services announce changes on the live bus; its connections must go before the database does.
    await closeLiveBus();
    await getDb().$disconnect();
    await drop?.();
  });
}

/** The actor of a demo account, e.g. demoActor("admin") for admin@demo.overens.se. */
export async function demoActor(local: "admin" | "tjansteperson" | "forening" | "idrott" | "politiker"): Promise<Actor> {
  const user = await getDb().user.findUniqueOrThrow({ where: { email: `${local}@${DEMO_EMAIL_DOMAIN}` } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`demo user ${local} has no actor`);
  return actor;
}

export async function organisationId(name: string): Promise<string> {
  return (await getDb().organisation.findFirstOrThrow({ where: { name } })).id;
}

/** The token at the end of the newest outbox link to this address. */
export async function latestLinkToken(to: string): Promise<string> {
  const message = await getDb().outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const token = message.link?.split("/").pop();
  if (!token) throw new Error("no link in the outbox message");
  return token;
}

/**
 * A compact taken through agenda and formulation by the demo official with Föreningen Grannstöd and
 * approved by the demo politician, so it is published. Returns its id.
 */
export async function adoptCompact(title: string, options: { text?: string; caseNumber?: string } = {}): Promise<string> {
  const official = await demoActor("tjansteperson");
  const revision = async (id: string) => (await getDb().compact.findUniqueOrThrow({ where: { id } })).revision;
  const { id } = await createCompact(official, { title });
  await addToDraftingGroup(official, { compactId: id, organisationId: official.organisationId });
  await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Föreningen Grannstöd") });
  await saveAgenda(official, { compactId: id, why: "Öppenhet.", issues: "Data", invited: "Alla" });
  await saveText(official, { compactId: id, text: options.text ?? "# Syfte\nPublicerad text om öppna data.\nÖverenskommelsen ses över vart tredje år." });
  await changeStage(official, { compactId: id, kind: "advance", expectedRevision: await revision(id) });
  await markReady(official, { compactId: id });
  await markReady(await demoActor("forening"), { compactId: id });
  await changeStage(official, { compactId: id, kind: "advance", expectedRevision: await revision(id) });
  await recordDecision(await demoActor("politiker"), {
    compactId: id,
    expectedRevision: await revision(id),
    outcome: "approved",
    motivation: "Bra.",
    body: "Kommunstyrelsen",
    caseNumber: options.caseNumber ?? "KS 2027/9",
    meetingDate: "2027-05-05",
  });
  return id;
}

/** The error a refused call failed with; fails the test when it did not fail with an AppError. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The seeded demo compact (the oldest one). */
export async function demoCompactId(): Promise<string> {
  return (await getDb().compact.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).id;
}
