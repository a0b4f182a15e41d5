import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/domain/roles";
import type { Translate } from "@/lib/i18n/core";
import { getFollowUpSummary } from "@/lib/server/queries/follow-up";
import { ProposalList } from "./review-view";

/** The follow-up card on the compact page: counts, a link to the follow-up, and the review's proposals. */
export async function FollowUpCard({ actor, compactId, t }: { actor: Actor | null; compactId: string; t: Translate }) {
  const summary = await getFollowUpSummary(actor, compactId);
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("followUp.card.title")}</h2>
      <p className="mb-3 text-sm text-muted">{t("followUp.card.description")}</p>
      <p className="text-sm" data-testid="follow-up-counts">
        {t("followUp.card.counts", { commitments: summary.commitments, stale: summary.stale, done: summary.done })}
      </p>
      <Link href={`/compacts/${compactId}/follow-up`} className="mt-2 inline-block font-medium underline">
        {t("followUp.card.open")}
      </Link>
      {summary.proposals.length > 0 && (
        <div className="mt-4 border-t border-line pt-4">
          <ProposalList proposals={summary.proposals} t={t} />
        </div>
      )}
    </Card>
  );
}
