import { assertCan } from "@/lib/domain/permissions";
import { isSector, type Actor, type Sector } from "@/lib/domain/roles";
import { getDb } from "../db";

/** A comment with its open reports, for the administrators' moderation page. */
export type ReportedComment = {
  commentId: string;
  compactId: string;
  compactTitle: string;
  body: string;
  author: string;
  organisation: string;
  sector: Sector;
  createdAt: string;
  hidden: { reason: string } | null;
  reports: { id: string; reporter: string; reason: string; createdAt: string }[];
};

/** Open reports in the admin's municipality, grouped by comment, the most recently reported first. */
export async function listOpenReports(actor: Actor | null): Promise<ReportedComment[]> {
  assertCan(actor, "comment.moderate", { municipalityId: actor?.municipalityId });
  const db = getDb();
  const reports = await db.commentReport.findMany({ where: { municipalityId: actor.municipalityId, resolvedAt: null }, orderBy: { createdAt: "desc" } });
  const commentIds = [...new Set(reports.map((r) => r.commentId))];
  const comments = await db.comment.findMany({ where: { id: { in: commentIds } } });
  const [users, organisations, compacts, hidings] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set([...comments.map((c) => c.authorId), ...reports.map((r) => r.reporterId)])] } }, select: { id: true, name: true } }),
    db.organisation.findMany({ where: { id: { in: [...new Set(comments.map((c) => c.organisationId))] } }, select: { id: true, name: true } }),
    db.compact.findMany({ where: { id: { in: [...new Set(comments.map((c) => c.compactId))] } }, select: { id: true, title: true } }),
    db.commentModeration.findMany({ where: { commentId: { in: commentIds } }, select: { commentId: true, reason: true } }),
  ]);
  const user = new Map(users.map((u) => [u.id, u.name]));
  const organisation = new Map(organisations.map((o) => [o.id, o.name]));
  const compact = new Map(compacts.map((c) => [c.id, c.title]));
  const hidden = new Map(hidings.map((h) => [h.commentId, h.reason]));
  const byId = new Map(comments.map((c) => [c.id, c]));
  return commentIds.flatMap((id) => {
    const comment = byId.get(id);
    if (!comment) return [];
    const reason = hidden.get(id);
    return [
      {
        commentId: id,
        compactId: comment.compactId,
        compactTitle: compact.get(comment.compactId) ?? "—",
        body: comment.body,
        author: user.get(comment.authorId) ?? "—",
        organisation: organisation.get(comment.organisationId) ?? "—",
        sector: isSector(comment.sector) ? comment.sector : "public",
        createdAt: comment.createdAt.toISOString(),
        hidden: reason === undefined ? null : { reason },
        reports: reports
          .filter((r) => r.commentId === id)
          .map((r) => ({ id: r.id, reporter: user.get(r.reporterId) ?? "—", reason: r.reason, createdAt: r.createdAt.toISOString() })),
      },
    ];
  });
}
