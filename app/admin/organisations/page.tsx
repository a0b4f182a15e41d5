import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge, SectorBadge } from "@/components/ui/sector-badge";
import { getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { Forbidden } from "@/components/forbidden";
import { listOrganisations } from "@/lib/server/queries/admin";
import { OrganisationForm } from "./organisation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("admin.organisations.title") };
}

export default async function OrganisationsPage() {
  const actor = await actorAllowedTo("organisation.manage", "/admin/organisations");
  if (!actor) return <Forbidden />;
  const [t, organisations] = await Promise.all([getT(), listOrganisations(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.organisations.title")} description={t("admin.organisations.description")} />
      {organisations.length === 0 ? (
        <EmptyState title={t("admin.organisations.empty")} />
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {organisations.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div>
                <Link href={`/admin/organisations/${o.id}`} className="font-medium">
                  {o.name}
                </Link>
                <div className="mt-1 flex flex-wrap gap-2">
                  <SectorBadge sector={o.sector} label={t(`common.sectors.${o.sector}`)} />
                  <Badge>{t(`common.kinds.${o.kind}`)}</Badge>
                </div>
              </div>
              <span className="text-sm text-muted">
                {t("admin.organisations.members")}: {o.memberCount}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("admin.organisations.create")}</h2>
        <OrganisationForm />
      </Card>
    </div>
  );
}
