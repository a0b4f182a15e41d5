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

function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

export function TextField({ label, name, errors, hint, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const field = useField(name);
  errors = errors ?? field.errors;
  const defaultValue = field.value ?? props.defaultValue;
  return (
    <FieldShell id={id} label={label} name={name} errors={errors} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={cn(CONTROL, className)}
        {...props}
        defaultValue={defaultValue}
      />
    </FieldShell>
  );
}

export function TextAreaField({ label, name, errors, hint, className, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const field = useField(name);
  errors = errors ?? field.errors;
  const defaultValue = field.value ?? props.defaultValue;
  return (
    <FieldShell id={id} label={label} name={name} errors={errors} hint={hint}>
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={cn(CONTROL, "min-h-24", className)}
        {...props}
        defaultValue={defaultValue}
      />
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
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const id = useId();
  const field = useField(name);
  errors = errors ?? field.errors;
  const defaultValue = field.value ?? props.defaultValue;
  return (
    <FieldShell id={id} label={label} name={name} errors={errors} hint={hint}>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={cn(CONTROL, className)}
        {...props}
        defaultValue={defaultValue}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
