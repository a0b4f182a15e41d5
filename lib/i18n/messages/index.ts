import type { Locale, MessageTree } from "../core";
import sv from "./sv";
import en from "./en";

export const MESSAGES: Record<Locale, MessageTree> = { sv, en };
