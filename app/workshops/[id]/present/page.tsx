import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PresenterView } from "@/components/workshop/presenter-view";
import { isAppError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { getPresenterSnapshot, getWorkshop } from "@/lib/server/queries/workshops";
import { enterCodeUrl, joinQrDataUrl, joinUrl } from "@/lib/server/queries/workshop-join";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshop.present.title"), robots: { index: false } };
}

/** For the projector: the statement, live bars per sector and in total, the gap, and how to join. */
export default async function PresentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/workshops/${id}/present`);
  const t = await getT();
  const [workshop, snapshot] = await Promise.all([getWorkshop(actor, id, "workshop.viewResults"), getPresenterSnapshot(actor, id)]).catch(
    (error: unknown) => {
      if (isAppError(error)) notFound();
      throw error;
    },
  );
  const url = joinUrl(workshop.joinCode);
  return (
    <div className="space-y-2">
      <h1 className="text-lg font-semibold">
        {workshop.title} <span className="sr-only">– {t("workshop.present.title")}</span>
      </h1>
      <PresenterView initial={snapshot} joinCode={workshop.joinCode} joinUrl={url} enterUrl={enterCodeUrl()} qrDataUrl={await joinQrDataUrl(url)} />
    </div>
  );
}
