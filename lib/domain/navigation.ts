import { can, type Action } from "./permissions";
import type { Actor } from "./roles";

export type NavItem = { href: string; labelKey: string };

/** The main navigation, each entry shown only to those whose permissions reach it. */
const NAV: Array<NavItem & { requires?: Action }> = [
  { href: "/", labelKey: "common.nav.home" },
  { href: "/compacts", labelKey: "common.nav.compacts", requires: "compact.viewDraft" },
  { href: "/compacts/new", labelKey: "common.nav.newCompact", requires: "compact.create" },
  { href: "/relations", labelKey: "common.nav.relations", requires: "relations.view" },
  { href: "/workshops", labelKey: "common.nav.workshops", requires: "workshop.viewResults" },
  { href: "/admin/users", labelKey: "common.nav.users", requires: "user.manage" },
  { href: "/admin/organisations", labelKey: "common.nav.organisations", requires: "organisation.manage" },
  { href: "/admin/settings", labelKey: "common.nav.settings", requires: "municipality.manage" },
  { href: "/admin/outbox", labelKey: "common.nav.outbox", requires: "outbox.view" },
  { href: "/admin/moderation", labelKey: "moderation.navLabel", requires: "comment.moderate" },
];

export function navigationFor(actor: Actor | null): NavItem[] {
  return NAV.filter((item) => !item.requires || can(actor, item.requires, actor ? { municipalityId: actor.municipalityId } : {})).map(
    ({ href, labelKey }) => ({ href, labelKey }),
  );
}
