import type { Tx } from "./db";
import { toJsonValue } from "./json";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  municipalityId?: string | null;
  compactId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends an audit event. Always called inside the transaction that makes the change, so a change
 * without its audit event cannot exist. The app never updates or deletes audit events.
 */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      municipalityId: event.municipalityId ?? null,
      compactId: event.compactId ?? null,
      ...(event.before == null ? {} : { before: toJsonValue(event.before) }),
      ...(event.after == null ? {} : { after: toJsonValue(event.after) }),
    },
  });
}
