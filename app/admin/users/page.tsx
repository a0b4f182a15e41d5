import type { Metadata } from "next";
import { PageHeader, Card } from "@/components/ui/card";
import { SectorBadge, Badge } from "@/components/ui/sector-badge";
import { getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { Forbidden } from "@/components/forbidden";
import { listOrganisations, listUsers } from "@/lib/server/queries/admin";
import { InviteUserForm } from "./invite-user-form";
import { UserActions } from "./user-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("admin.users.title") };
}

export default async function UsersPage() {
  const actor = await actorAllowedTo("user.manage", "/admin/users");
  if (!actor) return <Forbidden />;
  const [t, users, organisations] = await Promise.all([getT(), listUsers(actor), listOrganisations(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.users.title")} description={t("admin.users.description")} />
      <div className="overflow-x-auto rounded-lg border border-line">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("admin.users.title")}</caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className="px-3 py-2">{t("admin.users.name")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.users.organisation")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.users.status")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.users.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-line align-top" data-testid={`user-row-${user.email}`}>
                <td className="px-3 py-2">
                  <div className="font-medium">{user.name}</div>
                  <div className="text-muted">{user.email}</div>
                </td>
                <td className="px-3 py-2">
                  <div>{user.organisationName}</div>
                  <SectorBadge sector={user.sector} label={t(`common.sectors.${user.sector}`)} />
                </td>
                <td className="px-3 py-2">
                  <Badge>
                    {!user.active ? t("admin.users.inactive") : user.invitationPending ? t("admin.users.pending") : t("admin.users.active")}
                  </Badge>
                </td>
                <td className="px-3 py-2">
                  {user.id === actor.userId ? (
                    <span className="text-muted">
                      {t(`common.roles.${user.role}`)} ({t("admin.users.you")})
                    </span>
                  ) : (
                    <UserActions user={user} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("admin.users.invite")}</h2>
        <InviteUserForm organisations={organisations.map(({ id, name, sector }) => ({ id, name, sector }))} />
      </Card>
    </div>
  );
}
