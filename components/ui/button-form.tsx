"use client";
import type { ReactNode } from "react";
import { ActionForm, SubmitButton, type FormAction } from "./action-form";
import type { ButtonVariant } from "./button";
import { ConfirmButton } from "./confirm-button";

/**
 * One button that posts a few hidden fields to a server action and shows its translated refusal
 * (mark read, sign, withdraw, a workshop console command). `confirm` asks before acting; `label`
 * names a button whose content is only an icon or a short sign.
 */
export function ButtonForm<T>({
  action,
  fields,
  children,
  label,
  variant = "secondary",
  confirm,
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  children: ReactNode;
  label?: string;
  variant?: ButtonVariant;
  confirm?: { title: string; description: string; confirmLabel: string; variant?: ButtonVariant };
}) {
  return (
    <ActionForm action={action} className="inline-flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmButton title={confirm.title} description={confirm.description} confirmLabel={confirm.confirmLabel} variant={confirm.variant}>
          {children}
        </ConfirmButton>
      ) : (
        <SubmitButton variant={variant} aria-label={label}>
          {children}
        </SubmitButton>
      )}
    </ActionForm>
  );
}
