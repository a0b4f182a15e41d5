"use client";
import type { ReactNode } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import type { ButtonVariant } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/server/action";

type FormAction = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;

/** One button that posts a few hidden fields to a server action and shows its translated error. */
export function MiniAction({
  action,
  fields,
  label,
  variant = "secondary",
  confirm,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: ReactNode;
  variant?: ButtonVariant;
  confirm?: { title: string; description: string };
}) {
  return (
    <ActionForm action={action as never} className="inline-block space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmButton title={confirm.title} description={confirm.description} confirmLabel={String(label)} variant="danger">
          {label}
        </ConfirmButton>
      ) : (
        <SubmitButton variant={variant}>{label}</SubmitButton>
      )}
    </ActionForm>
  );
}
