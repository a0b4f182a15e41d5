import Link from "next/link";
import { attachEvidenceAction } from "@/lib/actions/relations";
import type { Translate } from "@/lib/i18n/core";
import type { AgendaEvidence as Evidence, RelationsEvidence, VolunteersEvidence } from "@/lib/validation/relations";
import { AttachEvidenceForm } from "./attach-evidence-form";

/**
 * "Which relations should we strengthen?" on the compact page: the prompt with links to the
 * relations overview and the volunteer estimate, the snapshots attached to the agenda statement,
 * and (for whoever may attach) the buttons that attach or refresh them. A server component; the
 * data comes from getAgendaEvidence (lib/server/queries/relations.ts).
 */
export function AgendaEvidence({
  compactId,
  evidence,
  mayAttach,
  hasEstimate = true,
  t,
}: {
  compactId: string;
  evidence: Evidence;
  mayAttach: boolean;
  hasEstimate?: boolean;
  t: Translate;
}) {
  const hasAny = Boolean(evidence.relations || evidence.volunteers);
  if (!hasAny && !mayAttach) return null;
  return (
    <section aria-labelledby="agenda-evidence-title" className="mt-4 space-y-4 border-t border-line pt-4" data-testid="agenda-evidence">
      <h3 id="agenda-evidence-title" className="text-base font-semibold">
        {t("relations.evidence.title")}
      </h3>
      {mayAttach && (
        <div className="space-y-1 text-sm">
          <p>{t("relations.evidence.prompt")}</p>
          <p className="flex flex-wrap gap-x-4">
            <Link href="/relations">{t("relations.evidence.openOverview")}</Link>
            <Link href="/relations/volunteers">{t("relations.evidence.openVolunteers")}</Link>
          </p>
        </div>
      )}
      {evidence.relations && <RelationsSnapshot snapshot={evidence.relations} t={t} />}
      {evidence.volunteers && <VolunteersSnapshot snapshot={evidence.volunteers} t={t} />}
      {!hasAny && <p className="text-sm text-muted">{t("relations.evidence.none")}</p>}
      {mayAttach && (
        <div className="flex flex-wrap items-start gap-3">
          <AttachEvidenceForm
            action={attachEvidenceAction}
            compactId={compactId}
            kind="relations"
            label={t(evidence.relations ? "relations.evidence.updateRelations" : "relations.evidence.attachRelations")}
          />
          {hasEstimate ? (
            <AttachEvidenceForm
              action={attachEvidenceAction}
              compactId={compactId}
              kind="volunteers"
              label={t(evidence.volunteers ? "relations.evidence.updateVolunteers" : "relations.evidence.attachVolunteers")}
            />
          ) : (
            <p className="text-sm text-muted">{t("relations.evidence.noEstimate")}</p>
          )}
        </div>
      )}
    </section>
  );
}

function formats(t: Translate) {
  const locale = t("relations.numberLocale");
  return {
    whole: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(iso)),
  };
}

function RelationsSnapshot({ snapshot, t }: { snapshot: RelationsEvidence; t: Translate }) {
  const { whole, date } = formats(t);
  const { summary } = snapshot;
  const types = snapshot.byType.filter((row) => row.count > 0);
  const more = snapshot.withoutRelationsCount - snapshot.withoutRelations.length;
  return (
    <div className="rounded-md border border-line bg-surface p-3 text-sm" data-testid="evidence-relations">
      <h4 className="font-semibold">{t("relations.evidence.relationsTitle", { date: date(snapshot.takenAt) })}</h4>
      <p className="mt-1">
        {t("relations.evidence.relationsSummary", {
          relations: summary.relations,
          with: summary.organisationsWithRelations,
          total: summary.organisations,
          amount: whole.format(summary.grantTotal),
        })}
      </p>
      <dl className="mt-2 grid gap-3 md:grid-cols-2">
        {types.length > 0 && (
          <SnapshotList title={t("relations.evidence.byType")} items={types.map((row) => `${t(`relations.typeShort.${row.type}`)}: ${row.count}`)} />
        )}
        {snapshot.summary.relations > 0 && (
          <SnapshotList
            title={t("relations.evidence.byKindGroup")}
            items={snapshot.byKindGroup.map((row) => `${t(`relations.kindGroup.${row.group}`)}: ${row.count}`)}
          />
        )}
        {snapshot.topCommittees.length > 0 && (
          <SnapshotList
            title={t("relations.evidence.topCommittees")}
            items={snapshot.topCommittees.map((row) => `${row.name ?? t("relations.charts.noCommittee")}: ${row.count}`)}
          />
        )}
        {snapshot.withoutRelationsCount > 0 && (
          <SnapshotList
            title={t("relations.evidence.without")}
            items={[...snapshot.withoutRelations, ...(more > 0 ? [t("relations.evidence.withoutMore", { count: more })] : [])]}
          />
        )}
      </dl>
    </div>
  );
}

function SnapshotList({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <dt className="font-medium">{title}</dt>
      <dd>
        <ul className="list-disc pl-5 text-muted">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

function VolunteersSnapshot({ snapshot, t }: { snapshot: VolunteersEvidence; t: Translate }) {
  const { whole, decimal, date } = formats(t);
  return (
    <div className="rounded-md border border-line bg-surface p-3 text-sm" data-testid="evidence-volunteers">
      <h4 className="font-semibold">{t("relations.evidence.volunteersTitle", { date: date(snapshot.takenAt) })}</h4>
      <p className="mt-1">
        {t("relations.evidence.volunteersSummary", {
          hours: whole.format(snapshot.hoursPerYear),
          fte: decimal.format(snapshot.fullTimeEquivalents),
          residents: whole.format(snapshot.residents),
          share: decimal.format(snapshot.shareVolunteering * 100),
          perWeek: decimal.format(snapshot.hoursPerWeek),
          weeks: snapshot.weeksPerYear,
          basis: whole.format(snapshot.fullTimeHoursPerYear),
        })}
      </p>
    </div>
  );
}
