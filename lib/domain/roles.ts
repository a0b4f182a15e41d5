import { AppError } from "./errors";
/** The roles a signed-in user can hold. Anonymous visitors (the public) have no role. */
export const ROLES = ["admin", "official", "association_rep", "politician"] as const;
export type Role = (typeof ROLES)[number];

/** The two sectors whose balance the whole product is about. */
export const SECTORS = ["public", "civil"] as const;
export type Sector = (typeof SECTORS)[number];

export const ORGANISATION_KINDS = [
  "committee",
  "association",
  "umbrella",
  "foundation",
  "faith",
  "cooperative",
  "other",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The sector a role belongs to. Admins run the installation from the public side. */
export const ROLE_SECTOR = {
  admin: "public",
  official: "public",
  politician: "public",
  association_rep: "civil",
} as const satisfies Record<Role, Sector>;

/** The roles a member of an organisation of the given sector may hold. */
export function rolesForSector(sector: Sector): Role[] {
  return ROLES.filter((role) => ROLE_SECTOR[role] === sector);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function isSector(value: unknown): value is Sector {
  return typeof value === "string" && (SECTORS as readonly string[]).includes(value);
}

/**
 * Who is acting: a signed-in member. Built on the server from the database on every request, so a
 * role change or a deactivation takes effect at once. An anonymous visitor is `null`, so wherever
 * one may appear the type says `Actor | null`.
 */
export type Actor = {
  userId: string;
  role: Role;
  sector: Sector;
  organisationId: string;
  municipalityId: string;
};

/** An association representative sits in civil society, officials and politicians in the public sector. */
export function assertRoleFitsSector(role: keyof typeof ROLE_SECTOR, sector: string): void {
  if (role !== "admin" && ROLE_SECTOR[role] !== sector) {
    throw new AppError("invalid", "errors.invalid", { role: ["errors.user.roleSector"] });
  }
}
