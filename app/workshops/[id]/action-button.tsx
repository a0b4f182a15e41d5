"use client";
import { useActionState, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/server/action";
import { useT } from "@/lib/i18n/client";

type State = ActionResult<unknown> | null;

/**
 * One console command: a small form of hidden fields and a button, bound to a server action. A
 * refusal is shown right under the button (and announced); `confirm` asks before acting.
 */
export function ActionButton({
  action,
  fields,
  children,
  label,
  variant = "secondary",
  confirm,
}: {
  action: (previous: State, form: FormData) => Promise<State>;
  fields: Record<string, string>;
  children: ReactNode;
  label?: string;
  variant?: ButtonVariant;
  confirm?: { title: string; description: string; confirmLabel: string };
}) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmButton title={confirm.title} description={confirm.description} confirmLabel={confirm.confirmLabel}>
          {children}
        </ConfirmButton>
      ) : (
        <Button type="submit" variant={variant} disabled={pending} aria-busy={pending} aria-label={label}>
          {children}
        </Button>
      )}
      {state && !state.ok && (
        <p role="alert" className="max-w-xs text-sm text-danger">
          {t(state.message)}
        </p>
      )}
    </form>
  );
}
