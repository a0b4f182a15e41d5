import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/sector-badge";
import { Forbidden } from "@/components/forbidden";
import { can } from "@/lib/domain/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { listCompacts } from "@/lib/server/queries/compacts";
import { listWorkshops } from "@/lib/server/queries/workshops";
import { CreateWorkshopForm } from "./create-workshop-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshop.list.title"), robots: { index: false } };
}

export default async function WorkshopsPage() {
  const actor = await actorAllowedTo("workshop.viewResults", "/workshops");
  if (!actor) return <Forbidden />;
  const mayManage = can(actor, "workshop.create", { municipalityId: actor.municipalityId });
  const [t, locale, workshops, compacts] = await Promise.all([getT(), getLocale(), listWorkshops(actor), mayManage ? listCompacts(actor) : []]);
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("workshop.list.title")} description={t("workshop.list.description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className={mayManage ? "lg:col-span-2" : "lg:col-span-3"}>
          {workshops.length === 0 ? (
            <EmptyState title={t("workshop.list.empty")} description={mayManage ? t("workshop.list.emptyHint") : undefined} />
          ) : (
            <ul className="space-y-3" aria-label={t("workshop.list.title")}>
              {workshops.map((workshop) => (
                <li key={workshop.id} className="rounded-lg border border-line p-4 shadow-sm">
                  <Link href={mayManage ? `/workshops/${workshop.id}` : `/workshops/${workshop.id}/results`} className="text-lg font-semibold">
                    {workshop.title}
                  </Link>
                  <div className="mt-2 flex flex-wrap gap-2 text-xs">
                    <Badge>{t(`workshop.status.${workshop.status}`)}</Badge>
                    <Badge>{workshop.compactTitle ? t("workshop.list.compact", { title: workshop.compactTitle }) : t("workshop.list.standalone")}</Badge>
                    <Badge>{t("workshop.list.statements", { count: workshop.statementCount })}</Badge>
                    <Badge>{t("workshop.list.participants", { count: workshop.participantCount })}</Badge>
                    <Badge>{date.format(workshop.createdAt)}</Badge>
                  </div>
                  {mayManage && (
                    <p className="mt-2 text-sm">
                      <Link href={`/workshops/${workshop.id}/results`}>{t("workshop.list.results")}</Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        {mayManage && (
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("workshop.create.title")}</h2>
            <CreateWorkshopForm compacts={compacts.map(({ id, title }) => ({ id, title }))} />
          </Card>
        )}
      </div>
    </div>
  );
}
