"use client";
import { AlertDialog } from "radix-ui";
import { useRef, type ReactNode } from "react";
import { useT } from "@/lib/i18n/client";
import { Button, buttonClass, type ButtonVariant } from "./button";

/**
 * A submit button that asks first. Placed inside a form; confirming submits that form. Used for
 * anything destructive or hard to undo.
 */
export function ConfirmButton({
  children,
  title,
  description,
  confirmLabel,
  variant = "danger",
}: {
  children: ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  variant?: ButtonVariant;
}) {
  const t = useT();
  const triggerRef = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button ref={triggerRef} variant={variant === "danger" ? "secondary" : variant}>
          {children}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[min(32rem,92vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-muted">{description}</AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass("secondary")}>{t("common.cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClass(variant)} onClick={() => triggerRef.current?.form?.requestSubmit()}>
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
