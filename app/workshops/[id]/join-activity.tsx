import { ButtonForm } from "@/components/ui/button-form";
import type { Translate } from "@/lib/i18n/core";
import type { JoinActivity } from "@/lib/server/queries/workshops";
import { excludeJoinBurstAction } from "@/lib/actions/workshops";

/** Joins per minute on the console, bursts flagged, each burst excludable (its joins' votes stop counting). */
export function JoinActivityTable({ workshopId, activity, t, timeFormat }: { workshopId: string; activity: JoinActivity; t: Translate; timeFormat: Intl.DateTimeFormat }) {
  return (
    <div className="space-y-2" data-testid="join-activity">
      <h2 className="text-lg font-semibold">{t("workshop.console.joinsTitle")}</h2>
      <p className="text-sm text-muted">{t("workshop.console.joinsHint", { threshold: activity.threshold })}</p>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col">{t("workshop.console.joinsMinute")}</th>
            <th scope="col">{t("workshop.console.joinsCount")}</th>
            <th scope="col">
              <span className="sr-only">{t("workshop.console.joinsBurst")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {activity.minutes.map((minute) => (
            <tr key={minute.start.toISOString()} className={minute.burst ? "font-semibold text-danger" : undefined}>
              <td>{timeFormat.format(minute.start)}</td>
              <td>{minute.joins}</td>
              <td>
                {minute.burst && (
                  <span className="flex flex-wrap items-center gap-2">
                    {t("workshop.console.joinsBurst")}
                    <ButtonForm
                      action={excludeJoinBurstAction}
                      fields={{ workshopId, from: minute.start.toISOString(), to: new Date(minute.start.getTime() + 60_000).toISOString() }}
                      confirm={{ title: t("workshop.console.joinsExcludeTitle"), description: t("workshop.console.joinsExcludeBody"), confirmLabel: t("workshop.console.joinsExclude"), variant: "danger" }}
                    >
                      {t("workshop.console.joinsExclude")}
                    </ButtonForm>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {activity.excluded > 0 && <p className="text-sm text-muted">{t("workshop.console.joinsExcluded", { count: activity.excluded })}</p>}
    </div>
  );
}
