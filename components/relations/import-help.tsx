import { Card } from "@/components/ui/card";
import { RELATION_KINDS, RELATION_TYPES } from "@/lib/domain/relations";
import type { Translate } from "@/lib/i18n/core";
import { CSV_COLUMNS } from "@/lib/validation/relations";

/** What the import accepts: the columns, the keys for type and kind, and the names it knows. */
export function ImportHelp({ names, t }: { names: { organisations: string[]; committees: string[] }; t: Translate }) {
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">{t("relations.import.help.title")}</h2>
      <p className="text-sm">{t("relations.import.help.columns", { columns: CSV_COLUMNS.join(";") })}</p>
      <p className="text-sm">{t("relations.import.help.other")}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <KeyTable caption={t("relations.import.help.types")} rows={RELATION_TYPES.map((key) => [key, t(`relations.type.${key}`)])} t={t} />
        <KeyTable caption={t("relations.import.help.kinds")} rows={RELATION_KINDS.map((key) => [key, t(`relations.kind.${key}`)])} t={t} />
        <NameList title={t("relations.import.help.organisations")} names={names.organisations} />
        <NameList title={t("relations.import.help.committees")} names={names.committees} />
      </div>
    </Card>
  );
}

function KeyTable({ caption, rows, t }: { caption: string; rows: [string, string][]; t: Translate }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="py-1 pr-3">{t("relations.import.help.key")}</th>
          <th scope="col" className="py-1">{t("relations.import.help.meaning")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, meaning]) => (
          <tr key={key} className="border-b border-line last:border-0">
            <td className="py-1 pr-3 font-mono">{key}</td>
            <td className="py-1">{meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NameList({ title, names }: { title: string; names: string[] }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      <ul className="list-disc pl-5 text-sm">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </div>
  );
}
