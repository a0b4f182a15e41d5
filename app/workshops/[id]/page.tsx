import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Badge } from "@/components/ui/sector-badge";
import { isAppError } from "@/lib/domain/errors";
import { formatJoinCode, isEditable } from "@/lib/domain/workshop";
import { getLocale, getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { getJoinActivity, getPresenterSnapshot, getWorkshop } from "@/lib/server/queries/workshops";
import { joinUrl } from "@/lib/server/queries/workshop-join";
import { ButtonForm } from "@/components/ui/button-form";
import { endWorkshopAction, startWorkshopAction } from "@/lib/actions/workshops";
import { AddStatementForm } from "./add-statement-form";
import { ConsoleLive } from "./console-live";
import { EndWorkshopForm } from "./end-workshop-form";
import { JoinActivityTable } from "./join-activity";

export const metadata: Metadata = { robots: { index: false } };

/** The facilitator's console: start and end, the code, and every statement with its commands. */
export default async function WorkshopConsolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/workshops/${id}`);
  const t = await getT();
  const workshop = await getWorkshop(actor, id, "workshop.viewResults").catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  if (!workshop.mayManage) redirect(`/workshops/${id}/results`);
  const [snapshot, activity, locale] = await Promise.all([getPresenterSnapshot(actor, id), getJoinActivity(actor, id), getLocale()]);
  const timeFormat = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { timeStyle: "short" });
  const url = joinUrl(workshop.joinCode);
  const fields = { workshopId: id };
  return (
    <div className="space-y-6">
      <PageHeader
        title={workshop.title}
        actions={
          <>
            <LinkButton href={`/workshops/${id}/present`} variant="secondary" target="_blank">
              {t("workshop.console.present")}
            </LinkButton>
            <LinkButton href={`/workshops/${id}/results`} variant="secondary">
              {t("workshop.console.results")}
            </LinkButton>
          </>
        }
      />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("workshop.console.controls")}</h2>
        <div className="flex flex-wrap items-center gap-2" data-testid="workshop-status">
          <Badge>{t("workshop.console.statusLine", { status: t(`workshop.status.${workshop.status}`) })}</Badge>
          {workshop.compact && (
            <Badge>
              {t("workshop.console.compactLink")}: <Link href={`/compacts/${workshop.compact.id}`}>{workshop.compact.title}</Link>
            </Badge>
          )}
        </div>
        {workshop.status === "draft" && (
          <div className="mt-4 space-y-2">
            <p className="text-sm text-muted">{t("workshop.console.startHint")}</p>
            <ButtonForm action={startWorkshopAction} fields={fields} variant="primary">
              {t("workshop.console.start")}
            </ButtonForm>
          </div>
        )}
        {workshop.status === "live" && (
          <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
            <div>
              <p className="text-sm text-muted">{t("workshop.console.joinAt", { url })}</p>
              <p className="text-sm">{t("workshop.console.code")}</p>
              <p className="font-mono text-3xl font-bold tracking-widest" data-testid="console-join-code">
                {formatJoinCode(workshop.joinCode)}
              </p>
            </div>
            {!workshop.compact && (
              <ButtonForm
                action={endWorkshopAction}
                fields={fields}
                confirm={{ title: t("workshop.console.endTitle"), description: t("workshop.console.endBody"), confirmLabel: t("workshop.console.endConfirm") }}
              >
                {t("workshop.console.end")}
              </ButtonForm>
            )}
          </div>
        )}
        {workshop.status === "live" && workshop.compact && (
          <div className="mt-4 border-t border-line pt-4">
            <EndWorkshopForm workshopId={id} voted={activity.voted} />
          </div>
        )}
        {workshop.status === "ended" && <p className="mt-4 text-muted">{t("workshop.console.endedNote")}</p>}
      </Card>
      {workshop.status === "live" && (
        <Card>
          <JoinActivityTable workshopId={id} activity={activity} t={t} timeFormat={timeFormat} />
        </Card>
      )}
      <ConsoleLive initial={snapshot} />
      {isEditable(workshop.status) && (
        <Card>
          <AddStatementForm workshopId={id} />
        </Card>
      )}
    </div>
  );
}
