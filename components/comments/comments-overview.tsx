import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SectorBadge } from "@/components/ui/sector-badge";
import type { Translate } from "@/lib/i18n/core";
import type { CompactComments } from "@/lib/server/queries/comments";
import { CommentBody } from "./comment-body";
import { CloseRoundButton, OpenRoundForm } from "./round-form";
import { StageBalanceTable } from "./stage-balance";

/**
 * The compact page's card for comments from both sectors: the joint positions, the comment rounds of
 * this version (open one, close it, read the consultation report) and the balance between the sectors,
 * per section and per stage.
 */
export function CommentsOverview({ data, t, locale }: { data: CompactComments; t: Translate; locale: string }) {
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long" });
  const joint = data.comments.filter((c) => c.joint && c.status !== "withdrawn" && c.hidden === null);
  return (
    <Card>
      <div className="space-y-6">
        <section aria-labelledby="joint-positions-title" data-testid="joint-positions">
          <h2 id="joint-positions-title" className="text-lg font-semibold">
            {t("comments.joint.title")}
          </h2>
          <p className="mb-2 text-sm text-muted">{t("comments.joint.description")}</p>
          {joint.length === 0 ? (
            <p className="text-sm text-muted">{t("comments.joint.none")}</p>
          ) : (
            <ul className="space-y-3">
              {joint.map((comment) => (
                <li key={comment.id} className="rounded-md border border-line p-3 text-sm">
                  <CommentBody text={comment.body} />
                  <p className="mt-1 font-medium">{t("comments.joint.signatories")}:</p>
                  <ul>
                    {comment.signatures.map((s) => (
                      <li key={s.userId} className="flex flex-wrap items-center gap-2">
                        {s.name}, {s.organisation} <SectorBadge sector={s.sector} label={t(`common.sectors.${s.sector}`)} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="comment-round-title" data-testid="comment-rounds">
          <h2 id="comment-round-title" className="text-lg font-semibold">
            {t("comments.round.title")}
          </h2>
          {data.rounds.length === 0 && <p className="text-sm text-muted">{t("comments.round.none")}</p>}
          <ul className="space-y-2">
            {data.rounds.map((round) => (
              <li key={round.id} className="space-y-2 rounded-md border border-line p-3 text-sm" data-testid="comment-round">
                <p className="font-medium">
                  {round.open ? t("comments.round.open", { date: date.format(new Date(round.endsAt)) }) : t("comments.round.closed", { date: date.format(new Date(round.closedAt!)) })}
                </p>
                <p>
                  {t(`comments.round.audienceOptions.${round.audience}`)}
                  {round.organisations.length > 0 && ` — ${t("comments.round.invited", { organisations: round.organisations.join(", ") })}`}
                </p>
                <p className="text-muted">{t("comments.round.comments", { count: round.commentCount })}</p>
                {round.open && data.may.manageRound && <CloseRoundButton compactId={data.compactId} roundId={round.id} />}
                {!round.open && (
                  <Link href={`/compacts/${data.compactId}/consultation/${round.id}`} className="inline-block underline">
                    {t("comments.round.report")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
          {data.may.manageRound && !data.openRound && (
            <details className="mt-3 rounded-md border border-line p-3">
              <summary className="cursor-pointer font-medium">{t("comments.round.openAction")}</summary>
              <div className="mt-3">
                <OpenRoundForm compactId={data.compactId} version={data.versionNumber} organisations={data.organisations} />
              </div>
            </details>
          )}
        </section>

        <section aria-labelledby="comment-balance-title" data-testid="comment-balance">
          <h2 id="comment-balance-title" className="text-lg font-semibold">
            {t("comments.balance.title")}
          </h2>
          <p className="mb-2 text-sm text-muted">{t("comments.balance.description")}</p>
          {data.balance.length === 0 ? (
            <p className="text-sm text-muted">{t("comments.balance.none")}</p>
          ) : (
            <ul className="space-y-3">
              {data.balance.map((row) => {
                const section = row.section || t("comments.filter.wholeCompact");
                return (
                  <li key={row.section} className="text-sm">
                    <p className="font-medium">{section}</p>
                    {/* The bar is decoration; the same figures are in the text below it. */}
                    <div className="mt-1 flex h-3 w-full overflow-hidden rounded bg-surface" aria-hidden="true">
                      <div className="bg-public" style={{ width: `${(row.counts.public / row.total) * 100}%` }} />
                      <div className="bg-civil" style={{ width: `${(row.counts.civil / row.total) * 100}%` }} />
                    </div>
                    <p className="text-muted">{t("comments.balance.row", { section, public: row.counts.public, civil: row.counts.civil })}</p>
                    {row.oneSided && (
                      <p className="font-medium text-danger" data-testid="one-sided">
                        ⚠ {t("comments.balance.oneSided", { sector: t(`common.sectors.${row.oneSided}`) })}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <StageBalanceTable rows={data.stageBalance} t={t} />
        </section>
      </div>
    </Card>
  );
}
