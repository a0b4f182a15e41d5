import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/domain/roles";
import { loadActor } from "../actor";
import { getDb } from "../db";
import { requestPasswordReset } from "../services/auth/request-password-reset";
import { inviteUser } from "../services/users/invite-user";
import { demoActor, organisationId, withDemoDatabase } from "../testing/integration";
import { E2E_MUNICIPALITY_USERS, seedE2eMunicipality } from "../testing/e2e-municipality";
import { listOutbox } from "./admin";

/**
 * Without SMTP_URL (this file never sets it) the outbox is the demo's way of passing links on; each
 * municipality's admins see their own municipality's messages and no other's.
 */
withDemoDatabase();

let adminA: Actor;
let adminB: Actor;
beforeAll(async () => {
  await seedE2eMunicipality(getDb());
  adminA = await demoActor("admin");
  const userB = await getDb().user.findUniqueOrThrow({ where: { email: E2E_MUNICIPALITY_USERS.admin } });
  adminB = (await loadActor(userB.id))!;
});

describe("the outbox", () => {
  it("belongs to a municipality: the admin of A never sees B's invitations and reset links, and the other way round", async () => {
    await inviteUser(adminA, { email: "ny-a@example.se", name: "Ny i A", organisationId: await organisationId("Föreningen Grannstöd"), role: "association_rep" });
    await inviteUser(adminB, { email: "ny-b@example.se", name: "Ny i B", organisationId: await organisationId("Grannby IF"), role: "association_rep" });
    // A's admin asks for a reset of B's admin (anyone may ask for anyone): the link must not reach A.
    await requestPasswordReset({ email: E2E_MUNICIPALITY_USERS.admin }, "198.51.100.1");

    const seenByA = await listOutbox(adminA);
    const seenByB = await listOutbox(adminB);
    expect(seenByA.map((m) => m.to)).toContain("ny-a@example.se");
    expect(seenByA.map((m) => m.to)).not.toContain("ny-b@example.se");
    expect(seenByA.map((m) => m.to)).not.toContain(E2E_MUNICIPALITY_USERS.admin);
    expect(seenByB.map((m) => m.to).sort()).toEqual([E2E_MUNICIPALITY_USERS.admin, "ny-b@example.se"].sort());
    expect(seenByB.map((m) => m.to)).not.toContain("ny-a@example.se");

    const reset = seenByB.find((m) => m.to === E2E_MUNICIPALITY_USERS.admin)!;
    expect(reset.link).toMatch(/\/reset-password\//); // no SMTP: the demo's outbox keeps the link
    const a = await getDb().municipality.findUniqueOrThrow({ where: { id: adminA.municipalityId } });
    expect(a.id).not.toBe(adminB.municipalityId);
  });

  it("records the municipality of every kind of mail", async () => {
    const rows = await getDb().outboxMessage.findMany({ select: { municipalityId: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.municipalityId !== null)).toBe(true);
  });

  it("writes neither the link, nor the token, nor the address to the server log", async () => {
    const logged: unknown[][] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args)),
    );
    try {
      const { link } = await inviteUser(adminA, { email: "logg@example.se", name: "Logg", organisationId: await organisationId("Föreningen Grannstöd"), role: "association_rep" });
      await requestPasswordReset({ email: "forening@demo.overens.se" }, "198.51.100.2");
      const resetLink = (await getDb().outboxMessage.findFirstOrThrow({ where: { to: "forening@demo.overens.se" }, orderBy: { createdAt: "desc" } })).link!;
      const text = logged.map((args) => args.map(String).join(" ")).join("\n");
      expect(logged.length).toBeGreaterThan(0); // that a message was queued is logged
      for (const secret of [link, link.split("/").pop()!, resetLink, resetLink.split("/").pop()!, "logg@example.se", "forening@demo.overens.se"]) {
        expect(text).not.toContain(secret);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
