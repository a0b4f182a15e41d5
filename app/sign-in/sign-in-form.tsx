"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useT } from "@/lib/i18n/client";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useT();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (!result || result.error) {
      // Our authorize() only ever throws translation keys; anything else gets the generic message.
      const key = result?.error?.startsWith("errors.") ? result.error : "errors.signIn.invalid";
      setError(key);
      return;
    }
    router.push(returnTo);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{t(error)}</Alert>}
      <TextField label={t("auth.signIn.email")} name="email" type="email" autoComplete="username" required />
      <TextField label={t("auth.signIn.password")} name="password" type="password" autoComplete="current-password" required />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("common.working") : t("auth.signIn.submit")}
        </Button>
        <Link href="/reset-password">{t("auth.signIn.forgot")}</Link>
      </div>
    </form>
  );
}
