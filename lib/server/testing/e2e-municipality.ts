import type { Db } from "../db";
import { hashPassword } from "../password";
import { createMunicipality } from "@/lib/server/write/create-municipality";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-data";
import { E2E_MUNICIPALITY, E2E_MUNICIPALITY_USERS } from "./e2e-accounts";

export { E2E_MUNICIPALITY, E2E_MUNICIPALITY_USERS };

const ORGANISATIONS = [
  { key: "ks", name: "Grannby kommunstyrelse", sector: "public", kind: "committee" },
  { key: "fritid", name: "Grannby fritidsförvaltning", sector: "public", kind: "committee" },
  { key: "if", name: "Grannby IF", sector: "civil", kind: "association" },
] as const;

const USERS = [
  { email: E2E_MUNICIPALITY_USERS.admin, name: "Greta Admin", role: "admin", organisation: "ks" },
  { email: E2E_MUNICIPALITY_USERS.official, name: "Gustav Tjänsteperson", role: "official", organisation: "fritid" },
  { email: E2E_MUNICIPALITY_USERS.association_rep, name: "Gun Föreningsledare", role: "association_rep", organisation: "if" },
  { email: E2E_MUNICIPALITY_USERS.politician, name: "Göran Ledamot", role: "politician", organisation: "ks" },
  { email: E2E_MUNICIPALITY_USERS.politician_2, name: "Gerd Ledamot", role: "politician", organisation: "ks" },
  { email: E2E_MUNICIPALITY_USERS.sessions, name: "Siv Sessionsson", role: "association_rep", organisation: "if" },
] as const;

/**
 * Adds Grannby beside the demo (the demo must be seeded first, so Sjöberga stays the default municipality).
 * Only the browser-test server calls this.
 */
export async function seedE2eMunicipality(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const municipality = await createMunicipality(tx, E2E_MUNICIPALITY);
    const ids = new Map<string, string>();
    for (const { key, ...organisation } of ORGANISATIONS) {
      ids.set(key, (await tx.organisation.create({ data: { ...organisation, municipalityId: municipality.id } })).id);
    }
    for (const user of USERS) {
      await tx.user.create({
        data: { email: user.email, name: user.name, passwordHash, memberships: { create: { organisationId: ids.get(user.organisation)!, role: user.role } } },
      });
    }
  });
}
