import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { getDemoAccounts } from "@/lib/server/queries/admin";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-data";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";
import { getEnv } from "@/lib/server/env";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined, getEnv().APP_URL);
  if (await getActor()) redirect(returnTo);
  const [t, demo] = await Promise.all([getT(), getDemoAccounts()]);
  return (
    <div className="mx-auto grid max-w-4xl gap-6 md:grid-cols-2">
      <Card>
        <h1 className="text-2xl font-semibold">{t("auth.signIn.title")}</h1>
        <p className="mb-4 mt-1 text-muted">{t("auth.signIn.intro")}</p>
        <SignInForm returnTo={returnTo} />
      </Card>
      {demo && (
        <Card className="bg-surface">
          <h2 className="text-lg font-semibold">{t("auth.signIn.demoTitle")}</h2>
          <p className="mt-1 text-sm text-muted">{t("auth.signIn.demoIntro", { password: DEMO_PASSWORD })}</p>
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr>
                <th className="py-1 pr-2">{t("auth.signIn.demoRole")}</th>
                <th className="py-1">{t("auth.signIn.demoEmail")}</th>
              </tr>
            </thead>
            <tbody>
              {demo.map((account) => (
                <tr key={account.email} className="border-t border-line">
                  <td className="py-1 pr-2">{t(`common.roles.${account.role}`)}</td>
                  <td className="py-1 font-mono text-xs">{account.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
