import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark border border-brand",
  secondary: "bg-white text-ink border border-line hover:bg-surface",
  danger: "bg-danger text-white border border-danger hover:opacity-90",
  ghost: "bg-transparent text-brand border border-transparent hover:bg-surface",
};

const BASE =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium min-h-10 transition-colors disabled:opacity-60 disabled:cursor-not-allowed no-underline";

export function buttonClass(variant: ButtonVariant = "primary", extra?: string) {
  return cn(BASE, VARIANTS[variant], extra);
}

export function Button({ variant = "primary", className, type = "button", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

export function LinkButton({ variant = "primary", className, ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
