"use client";
import { useState } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useT } from "@/lib/i18n/client";
import type { ActionResult } from "@/lib/server/action";

/** Choosing a password from a one-time link (invitation or reset). */
export function SetPasswordForm({
  token,
  action,
  submitLabel,
  doneMessage,
}: {
  token: string;
  action: (previous: unknown, form: FormData) => Promise<ActionResult<{ email: string }>>;
  submitLabel: string;
  doneMessage: string;
}) {
  const t = useT();
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{doneMessage}</Alert>
        <LinkButton href="/sign-in">{t("auth.goToSignIn")}</LinkButton>
      </div>
    );
  }
  return (
    <ActionForm action={action} onSuccess={() => setDone(true)}>
      <input type="hidden" name="token" value={token} />
      <TextField label={t("auth.password")} hint={t("auth.passwordHint")} name="password" type="password" autoComplete="new-password" required />
      <TextField label={t("auth.confirm")} name="confirm" type="password" autoComplete="new-password" required />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
