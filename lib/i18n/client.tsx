"use client";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createTranslator, type Locale, type MessageTree, type Translate } from "./core";

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: MessageTree; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(messages) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function in client components. */
export function useT(): Translate {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useT() outside <I18nProvider>");
  return context.t;
}

export function useLocale(): Locale {
  return useContext(I18nContext)?.locale ?? "sv";
}
