import type { Finding } from "@/lib/domain/principles/rules";
import type { Translate } from "@/lib/i18n/core";

/**
 * A finding's explanation in the reader's language. Parameters that are keys (a sector, a
 * participation level, an organisation kind) are translated too, in lower case as they sit mid-sentence.
 */
export function findingMessage(finding: Pick<Finding, "messageKey" | "params">, t: Translate): string {
  const params = { ...finding.params };
  const translate = (name: string, prefix: string) => {
    const value = params[name];
    if (typeof value === "string") params[name] = t(`${prefix}.${value}`).toLocaleLowerCase();
  };
  translate("sector", "common.sectors");
  translate("level", "lifecycle.level");
  translate("kind", "common.kinds");
  return t(finding.messageKey, params);
}
