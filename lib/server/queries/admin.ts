import { assertCan } from "@/lib/domain/permissions";
import type { Actor, OrganisationKind, Role, Sector } from "@/lib/domain/roles";
import type { DecisionRule } from "@/lib/domain/publication";
import { getDb } from "../db";
import { getDecisionRule } from "../load/decision-rule";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  invitationPending: boolean;
  organisationName: string;
  sector: Sector;
};

/** Users of the admin's municipality, for the user administration page. */
export async function listUsers(actor: Actor | null): Promise<UserRow[]> {
  assertCan(actor, "user.manage");
  const memberships = await getDb().membership.findMany({
    where: { organisation: { municipalityId: actor.municipalityId } },
    include: { user: true, organisation: true },
    orderBy: [{ user: { name: "asc" } }],
  });
  return memberships.map((m) => ({
    id: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role as Role,
    active: m.user.active,
    invitationPending: m.user.passwordHash === null,
    organisationName: m.organisation.name,
    sector: m.organisation.sector as Sector,
  }));
}

export type OrganisationRow = {
  id: string;
  name: string;
  sector: Sector;
  kind: OrganisationKind;
  description: string;
  memberCount: number;
};

/** Organisations of the actor's municipality. Any signed-in user of the municipality may list them. */
export async function listOrganisations(actor: Actor | null): Promise<OrganisationRow[]> {
  if (!actor) return [];
  const rows = await getDb().organisation.findMany({
    where: { municipalityId: actor.municipalityId },
    include: { _count: { select: { memberships: true } } },
    orderBy: [{ sector: "desc" }, { name: "asc" }],
  });
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    sector: o.sector as Sector,
    kind: o.kind as OrganisationKind,
    description: o.description,
    memberCount: o._count.memberships,
  }));
}

export type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  body: string;
  link: string | null;
  linkWithheld: boolean;
  sentAt: Date | null;
  createdAt: Date;
};

/**
 * The actor's municipality's messages in the outbox (waiting and sent), newest first. Links in them are
 * secrets: its admins only, and never another municipality's.
 */
export async function listOutbox(actor: Actor | null, take = 100): Promise<OutboxRow[]> {
  assertCan(actor, "outbox.view");
  return getDb().outboxMessage.findMany({
    where: { municipalityId: actor.municipalityId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, body: true, link: true, linkWithheld: true, sentAt: true, createdAt: true },
  });
}

export type MunicipalityDto = { id: string; slug: string; name: string; logoText: string; defaultLocale: string };

export async function getMunicipality(id: string): Promise<MunicipalityDto | null> {
  const m = await getDb().municipality.findUnique({ where: { id } });
  return m && { id: m.id, slug: m.slug, name: m.name, logoText: m.logoText, defaultLocale: m.defaultLocale };
}

/** How the actor's municipality decides on compacts, for its settings page. */
export async function getOwnDecisionRule(actor: Actor | null): Promise<DecisionRule> {
  assertCan(actor, "municipality.manage");
  return getDecisionRule(getDb(), actor.municipalityId);
}

/** The municipality shown to visitors who are not signed in: the first one of the installation. */
export async function getDefaultMunicipality(): Promise<MunicipalityDto | null> {
  const m = await getDb().municipality.findFirst({ orderBy: { createdAt: "asc" } });
  return m && { id: m.id, slug: m.slug, name: m.name, logoText: m.logoText, defaultLocale: m.defaultLocale };
}

export async function getUserName(userId: string): Promise<string | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? null;
}

/** The demo accounts, listed on the sign-in page only while the demo seed is active. */
export async function getDemoAccounts(): Promise<{ email: string; role: Role }[] | null> {
  const db = getDb();
  const flag = await db.setting.findUnique({ where: { key: "demo.active" } });
  if (flag?.value !== "true") return null;
  const memberships = await db.membership.findMany({
    where: { user: { email: { endsWith: "@demo.overens.se" }, active: true } },
    include: { user: true },
    orderBy: { user: { email: "asc" } },
  });
  return memberships.map((m) => ({ email: m.user.email, role: m.role as Role }));
}
