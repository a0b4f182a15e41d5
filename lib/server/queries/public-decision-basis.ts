import "server-only";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import { can, signedIn } from "@/lib/domain/permissions";
import { isJoinable, publicCompactPath, tallyApprovals } from "@/lib/domain/publication";
import type { Actor } from "@/lib/domain/roles";
import { getDb } from "../db";
import { getDecisionRule } from "@/lib/server/load/decision-rule";
import { getConsultationReports } from "./comments";
import { getCompactPage } from "./compact-page";
import { getPrincipleSnapshot } from "./principles";

/**
 * The decision basis politicians decide on: the version's text and fingerprint, the frozen principles
 * check, the participation, the drafting group, and the individual approvals recorded so far.
 * Consultation reports join here once comment rounds exist. Only for those who may see the draft.
 */
export async function getDecisionBasis(actor: Actor | null, compactId: string) {
  const page = await getCompactPage(actor, compactId);
  const viewer = signedIn(actor);
  const db = getDb();
  const [principles, rule, entered] = await Promise.all([
    getPrincipleSnapshot(actor, compactId, page.currentVersion),
    getDecisionRule(db, viewer.municipalityId),
    db.stageChange.findFirst({ where: { compactId, toStage: "decision" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  const fingerprint = fingerprintDocument(page.content);
  const approvals = entered
    ? await db.decisionApproval.findMany({
        where: { compactId, versionNumber: page.currentVersion, createdAt: { gte: entered.createdAt } },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: [...new Set(approvals.map((a) => a.politicianId))] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  const [joinings, publications, municipality] = await Promise.all([
    db.joining.findMany({ where: { compactId }, orderBy: { createdAt: "asc" }, select: { id: true, organisationId: true, status: true, joinedOn: true, evidence: true, evidenceFileName: true } }),
    db.publication.findMany({ where: { compactId }, orderBy: { publishedAt: "desc" }, select: { id: true, kind: true, versionNumber: true, fingerprint: true, publishedAt: true, compactSlug: true } }),
    db.municipality.findUniqueOrThrow({ where: { id: viewer.municipalityId }, select: { slug: true } }),
  ]);
  const organisationNames = new Map([...page.draftingGroup, ...page.otherOrganisations].map((o) => [o.id, o]));
  const target = { municipalityId: viewer.municipalityId, stage: page.stage };
  const adopted = isJoinable(page.stage, page.decisions.some((d) => d.outcome === "approved"));
  const tally = tallyApprovals(
    rule,
    approvals.map((a) => ({ politicianId: a.politicianId, outcome: a.outcome === "rejected" ? "rejected" : "approved", fingerprint: a.fingerprint })),
    fingerprint,
  );
  return {
    page,
    fingerprint,
    principles,
    rule,
    tally,
    approvals: approvals.map((a) => ({
      id: a.id,
      name: names.get(a.politicianId) ?? "",
      outcome: a.outcome,
      motivation: a.motivation,
      createdAt: a.createdAt,
      current: a.fingerprint === fingerprint,
    })),
    alreadyApproved: approvals.some((a) => a.politicianId === viewer.userId && a.fingerprint === fingerprint),
    consultationReports: await getConsultationReports(actor, compactId, page.currentVersion),
    publicPath: publications[0] ? publicCompactPath(municipality.slug, publications[0].compactSlug) : null,
    publications,
    joinings: joinings.map((j) => {
      const o = organisationNames.get(j.organisationId);
      return { ...j, hasFile: !!j.evidenceFileName, organisation: o?.name ?? "", sector: o?.sector ?? "civil" };
    }),
    organisations: [...organisationNames.values()].sort((a, b) => a.name.localeCompare(b.name, "sv")),
    adopted,
    may: {
      publish: can(viewer, "compact.publish", target) && ["agenda", "formulation", "reformulation"].includes(page.stage),
      registerJoining: adopted && can(viewer, "joining.register", target),
      applyToJoin: adopted && can(viewer, "joining.apply", { ...target, organisationId: viewer.organisationId }) && !joinings.some((j) => j.organisationId === viewer.organisationId),
    },
  };
}
