"use client";
import { useState } from "react";
import type { Sector } from "@/lib/domain/roles";
import type { VoteValue } from "@/lib/domain/workshop";
import { useT } from "@/lib/i18n/client";
import type { ParticipantSnapshot } from "@/lib/server/queries/workshops";
import { Alert } from "@/components/ui/alert";
import { SectorBadge } from "@/components/ui/sector-badge";
import { JoinForm, type Joined } from "./join-form";
import { TallyBars } from "./tally-bars";
import { useLiveSnapshot } from "./use-live-snapshot";
import { VotePanel } from "./vote-panel";

type Props = {
  code: string;
  initial: ParticipantSnapshot;
  joined: Joined | null;
  votes: Record<string, VoteValue>;
  accountSector: Sector | null;
};

/**
 * The participant's phone: join once, then follow the workshop live: the open statement with its
 * buttons, a waiting note between statements, a revealed result, and a thank-you at the end.
 */
export function ParticipantView({ code, initial, joined: joinedBefore, votes: votesBefore, accountSector }: Props) {
  const t = useT();
  const [joined, setJoined] = useState(joinedBefore);
  const [votes, setVotes] = useState(votesBefore);
  const { snapshot, connected } = useLiveSnapshot(`/w/${code}/stream`, initial);

  if (snapshot.status === "ended") return <p className="text-xl font-semibold">{t("workshop.participant.ended")}</p>;
  if (!joined) return <JoinForm code={code} accountSector={accountSector} onJoined={setJoined} />;
  return (
    <div className="space-y-6">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {t("workshop.participant.youAre")}
        <SectorBadge sector={joined.sector} label={t(`common.sectors.${joined.sector}`)} />
        {joined.organisationName && <span className="text-muted">{joined.organisationName}</span>}
      </p>
      {!connected && <Alert>{t("workshop.participant.offline")}</Alert>}
      {snapshot.open ? (
        <VotePanel
          key={snapshot.open.id}
          code={code}
          statement={snapshot.open}
          current={votes[snapshot.open.id]}
          onVoted={(statementId, value) => setVotes((before) => ({ ...before, [statementId]: value }))}
        />
      ) : (
        <div aria-live="polite" className="space-y-4">
          <p className="text-lg">{t("workshop.participant.waiting")}</p>
          {snapshot.revealed && (
            <section className="space-y-3 rounded-lg border border-line p-4" aria-labelledby="revealed-title">
              <h2 id="revealed-title" className="font-semibold">
                {t("workshop.participant.result", { number: snapshot.revealed.position })}
              </h2>
              <p>{snapshot.revealed.text}</p>
              <TallyBars counts={snapshot.revealed.counts} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
