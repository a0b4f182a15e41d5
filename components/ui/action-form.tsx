"use client";
import { Fragment, createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useT } from "@/lib/i18n/client";
import type { ActionResult } from "@/lib/server/action";
import { Alert } from "./alert";
import { Button, type ButtonVariant } from "./button";

type State<T = unknown> = ActionResult<T> | null;
/** What defineAction builds: any server action answering with an ActionResult fits, without a cast. */
export type FormAction<T = unknown> = (previous: State<T>, form: FormData) => Promise<ActionResult<T>>;

const FormState = createContext<State>(null);

/**
 * A form bound to a server action: shows the translated result, hands field errors and the values the
 * user typed back to the fields (so nothing typed is lost on an error), and moves focus to the message.
 */
export function ActionForm<T>({
  action,
  children,
  successMessage,
  onSuccess,
  className = "space-y-4",
  "aria-label": ariaLabel,
}: {
  action: FormAction<T>;
  children: ReactNode;
  successMessage?: string;
  onSuccess?: (data: T) => void;
  className?: string;
  "aria-label"?: string;
}) {
  const t = useT();
  const [state, formAction] = useActionState<State<T>, FormData>(action, null);

  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) messageRef.current?.focus();
    if (state?.ok) onSuccess?.(state.data);
  }, [state, onSuccess]);
  return (
    <form action={formAction} className={className} aria-label={ariaLabel} noValidate>
      <div ref={messageRef} tabIndex={-1} className="outline-none empty:hidden">
        {state && !state.ok && (
          <Alert tone="error">
            <p>{t(state.message)}</p>
            {!!state.details?.length && (
              <ul className="mt-1 list-disc pl-5">
                {state.details.map((detail) => (
                  <li key={detail.key}>{t(detail.key, detail.params)}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        {state?.ok && successMessage && <Alert tone="success">{successMessage}</Alert>}
      </div>
      <FormState.Provider value={state}>
        {/* Each result remounts the fields, so they take the submitted values (or, after success, the
            saved ones) as their defaults: React resets uncontrolled fields after every form action. */}
        <Fragment key={state?.id ?? "initial"}>{children}</Fragment>
      </FormState.Provider>
    </form>
  );
}

/** Errors and the last submitted value for one field of the surrounding ActionForm. */
export function useField(name: string): { errors?: string[]; value?: string } {
  const state = useContext(FormState);
  if (!state || state.ok) return {};
  return { errors: state.fieldErrors[name], value: state.values?.[name] };
}

export function SubmitButton({ children, variant = "primary", "aria-label": ariaLabel }: { children: ReactNode; variant?: ButtonVariant; "aria-label"?: string }) {
  const { pending } = useFormStatus();
  const t = useT();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending} aria-label={ariaLabel}>
      {pending ? t("common.working") : children}
    </Button>
  );
}
