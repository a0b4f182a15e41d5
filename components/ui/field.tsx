"use client";
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useT } from "@/lib/i18n/client";
import { useField } from "./action-form";
import { cn } from "./cn";

const CONTROL =
  "block w-full rounded-md border border-line bg-white px-3 py-2 text-base text-ink min-h-10 aria-[invalid=true]:border-danger";

type FieldProps = { label: string; name: string; errors?: string[]; hint?: string };

/** A labelled control with its hint and translated errors, wired up for screen readers. */
function FieldShell({ label, errors, hint, id, children }: FieldProps & { id: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      {errors?.map((error) => (
        <p key={error} id={`${id}-error`} className="text-sm text-danger">
          {t(error)}
        </p>
      ))}
    </div>
  );
}

/**
 * The id and the accessibility wiring a control needs, with errors and the value the user last
 * submitted taken from the surrounding ActionForm unless given explicitly.
 */
function useControl(name: string, hint: string | undefined, explicitErrors: string[] | undefined, defaultValue: unknown) {
  const id = useId();
  const field = useField(name);
  const errors = explicitErrors ?? field.errors;
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return {
    id,
    errors,
    control: {
      id,
      name,
      "aria-invalid": errors?.length ? true : undefined,
      "aria-describedby": describedBy,
      defaultValue: (field.value ?? defaultValue) as string | undefined,
    },
  };
}

export function TextField({ label, name, errors, hint, className, defaultValue, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { id, errors: shown, control } = useControl(name, hint, errors, defaultValue);
  return (
    <FieldShell id={id} label={label} name={name} errors={shown} hint={hint}>
      <input className={cn(CONTROL, className)} {...props} {...control} />
    </FieldShell>
  );
}

export function TextAreaField({ label, name, errors, hint, className, defaultValue, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, errors: shown, control } = useControl(name, hint, errors, defaultValue);
  return (
    <FieldShell id={id} label={label} name={name} errors={shown} hint={hint}>
      <textarea className={cn(CONTROL, "min-h-24", className)} {...props} {...control} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  className,
  defaultValue,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const { id, errors: shown, control } = useControl(name, hint, errors, defaultValue);
  return (
    <FieldShell id={id} label={label} name={name} errors={shown} hint={hint}>
      <select className={cn(CONTROL, className)} {...props} {...control}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
