import { VersionPicker } from "@/components/compact/version-picker";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { VersionDiffView } from "@/components/compact/version-diff-view";
import { docToPlainText, type Doc } from "@/lib/domain/document";
import { isAppError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { requireActor } from "@/lib/server/guard";
import { getVersionTexts } from "@/lib/server/queries/compact-page";

const versionParams = z.object({
  from: z.coerce.number().int().min(1).catch(1),
  to: z.coerce.number().int().min(1).catch(1),
});

export default async function ComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  await requireActor(`/compacts/${id}/compare`);
  const { from, to } = versionParams.parse(await searchParams);
  const [t, actor] = await Promise.all([getT(), getActor()]);
  const data = await getVersionTexts(actor, id, [from, to]).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  if (!data.from || !data.to) notFound();
  const label = (n: number) => t("versions.version", { number: n });
  const options = data.versions.map((n) => ({ value: String(n), label: label(n) }));
  return (
    <div className="space-y-6">
      <PageHeader
        title={data.title}
        actions={
          <LinkButton href={`/compacts/${id}`} variant="secondary">
            {t("common.back")}
          </LinkButton>
        }
      />
      <Card>
        <VersionPicker options={options} from={String(from)} to={String(to)} t={t} />
      </Card>
      <VersionDiffView
        oldText={docToPlainText(data.from.content as Doc)}
        newText={docToPlainText(data.to.content as Doc)}
        oldLabel={label(from)}
        newLabel={label(to)}
        t={t}
      />
    </div>
  );
}
