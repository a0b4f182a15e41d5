import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { isJoinCode, normaliseJoinCode } from "@/lib/domain/workshop";
import { getT } from "@/lib/i18n/server";
import { EnterCodeForm } from "./enter-code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshop.participant.enterTitle"), robots: { index: false } };
}

/** /w: type the code from the big screen (or /w?code=…, the form's own answer, which goes on to /w/<code>). */
export default async function EnterCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).code;
  const typed = typeof raw === "string" ? raw.slice(0, 40) : "";
  const code = normaliseJoinCode(typed);
  if (isJoinCode(code)) redirect(`/w/${code}`);
  const t = await getT();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t("workshop.participant.enterTitle")}</h1>
      <p className="text-muted">{t("workshop.participant.enterDescription")}</p>
      <EnterCodeForm t={t} defaultValue={typed} error={typed ? t("workshop.errors.codeShape") : undefined} />
    </div>
  );
}
