import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { ParticipantView } from "@/components/workshop/participant-view";
import { isAppError } from "@/lib/domain/errors";
import { isSector } from "@/lib/domain/roles";
import { normaliseJoinCode } from "@/lib/domain/workshop";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { requestAddress } from "@/lib/server/http/request-address";
import { findParticipant } from "@/lib/server/load/workshop-participant";
import { getParticipantVotes, loadParticipantSnapshot } from "@/lib/server/queries/workshops";
import { findWorkshopByCode, type WorkshopByCode } from "@/lib/server/load/workshop-by-code";
import { PARTICIPANT_COOKIE } from "@/lib/server/http/participant-cookie";
import { EnterCodeForm } from "../enter-code-form";

export const metadata: Metadata = { robots: { index: false } };

/** The participant's page (mobile first): join with a sector, then vote live. No account needed. */
export default async function ParticipantPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normaliseJoinCode(raw);
  // One spelling per workshop: the participant cookie's path is /w/<CODE>.
  if (code !== raw && /^[A-Z0-9]+$/.test(code)) redirect(`/w/${code}`);
  const t = await getT();
  const address = requestAddress(await headers());
  let workshop: WorkshopByCode;
  try {
    workshop = await findWorkshopByCode(code, address);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-semibold">{t("workshop.participant.enterTitle")}</h1>
        <EnterCodeForm t={t} defaultValue={raw.slice(0, 20)} error={t(error.code === "rate_limited" ? error.messageKey : "workshop.participant.notFound")} />
      </div>
    );
  }
  const [participant, actor, snapshot] = await Promise.all([
    findParticipant(workshop.joinCode, (await cookies()).get(PARTICIPANT_COOKIE)?.value),
    getActor(),
    loadParticipantSnapshot(workshop.id),
  ]);
  if (!snapshot) notFound();
  const votes = participant ? await getParticipantVotes(participant.id) : {};
  const joined = participant && isSector(participant.sector) ? { sector: participant.sector, organisationName: participant.organisationName } : null;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{workshop.title}</h1>
      <ParticipantView code={workshop.joinCode} initial={snapshot} joined={joined} votes={votes} accountSector={actor?.sector ?? null} />
    </div>
  );
}
