"use client";
import { useRef } from "react";
import { formatJoinCode } from "@/lib/domain/workshop";
import { useT } from "@/lib/i18n/client";
import type { PresenterSnapshot } from "@/lib/server/queries/workshops";
import { Button } from "@/components/ui/button";
import { TallyBars } from "./tally-bars";
import { useLiveSnapshot } from "./use-live-snapshot";

type Props = {
  initial: PresenterSnapshot;
  joinCode: string;
  joinUrl: string;
  /** Where to type the code (APP_URL/w), for those who do not scan. */
  enterUrl: string;
  /** The QR code as an SVG data URL, rendered on the server. */
  qrDataUrl: string;
};

/** How to join: the address, the code in large type, and the QR code. */
function JoinPanel({ joinCode, joinUrl, enterUrl, qrDataUrl, participants }: Omit<Props, "initial"> & { participants: number }) {
  const t = useT();
  return (
    <aside className="flex flex-col items-center gap-3 rounded-lg border-4 border-ink p-4 text-center" data-testid="join-panel">
      <p className="text-xl font-semibold">{t("workshop.present.join", { url: enterUrl })}</p>
      <p className="text-lg">{t("workshop.present.codeLabel")}</p>
      <p className="font-mono text-4xl font-bold tracking-wider whitespace-nowrap xl:text-5xl" data-testid="join-code">
        {formatJoinCode(joinCode)}
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
      <img src={qrDataUrl} alt={t("workshop.present.qrAlt", { url: joinUrl })} className="h-56 w-56 bg-white p-2" />
      <p className="text-lg">{t("workshop.present.participants", { count: participants })}</p>
    </aside>
  );
}

/**
 * The projector view: large type, black on white, the statement the room looks at with live bars
 * per sector and in total, the gap between the sectors, and how to join. Updated over SSE.
 */
export function PresenterView({ initial, joinCode, joinUrl, enterUrl, qrDataUrl }: Props) {
  const t = useT();
  const { snapshot } = useLiveSnapshot(`/api/workshops/${initial.workshopId}/stream`, initial);
  const container = useRef<HTMLDivElement>(null);
  const focus = snapshot.statements.find((statement) => statement.id === snapshot.focusId) ?? null;
  const participants = snapshot.participants.public + snapshot.participants.civil;
  return (
    <div ref={container} className="min-h-full space-y-6 bg-white p-6 text-black" data-testid="presenter">
      <div className="no-print flex justify-end">
        <Button variant="secondary" onClick={() => void container.current?.requestFullscreen?.()}>
          {t("workshop.present.fullscreen")}
        </Button>
      </div>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <section className="space-y-6">
          {/* Announces a new statement to screen readers; the bars below change too often for that. */}
          <div aria-live="polite" className="space-y-4">
          {snapshot.status === "ended" ? (
            <p className="text-4xl font-bold">{t("workshop.present.ended")}</p>
          ) : snapshot.status === "draft" ? (
            <p className="text-4xl font-bold">{t("workshop.present.notStarted")}</p>
          ) : !focus ? (
            <p className="text-4xl font-bold">{t("workshop.present.waiting")}</p>
          ) : (
            <>
              <p className="text-2xl font-semibold">
                {t("workshop.present.statement", { number: focus.position })} · {t(`workshop.statementStatus.${focus.status}`)}
              </p>
              <h2 className="text-4xl leading-tight font-bold md:text-5xl" data-testid="presenter-statement">
                {focus.text}
              </h2>
            </>
          )}
          </div>
          {focus && snapshot.status !== "draft" && <TallyBars counts={focus.counts} size="large" />}
        </section>
        {snapshot.status === "live" && <JoinPanel joinCode={joinCode} joinUrl={joinUrl} enterUrl={enterUrl} qrDataUrl={qrDataUrl} participants={participants} />}
      </div>
    </div>
  );
}
