"use client";
import { useCallback, useRef, useState, type ReactNode } from "react";
import { ActionForm, SubmitButton, useField } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Badge } from "@/components/ui/sector-badge";
import { RELATION_KINDS, RELATION_TYPES } from "@/lib/domain/relations";
import { useT } from "@/lib/i18n/client";
import type { FormAction } from "@/components/ui/action-form";

/** A relation as form values (see RelationRowDto in lib/server/queries/relations.ts). */
export type EditorRow = {
  id: string;
  relationType: string;
  relationKind: string;
  committeeId: string;
  since: string;
  amount: string;
  note: string;
  source: string;
};

type KeyedRow = EditorRow & { key: number };

const EMPTY: Omit<EditorRow, "source"> = { id: "", relationType: "", relationKind: "", committeeId: "", since: "", amount: "", note: "" };

/**
 * The relations of one organisation as a list of rows to add, change and remove, sent as one form
 * (fields "rows.N.field"). Used by the survey link and by officials. The rows live above the form,
 * so a refused submission keeps the rows the person added; after a save the rows become what the
 * server stored (the action may return them as `{ rows }`).
 */
export function RelationsEditor({
  action,
  hidden,
  initialRows,
  committees,
  submitLabel,
  successMessage,
  intro,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  initialRows: EditorRow[];
  committees: { id: string; name: string }[];
  submitLabel: string;
  successMessage?: string;
  intro?: ReactNode;
}) {
  const t = useT();
  const nextKey = useRef(initialRows.length);
  const [rows, setRows] = useState<KeyedRow[]>(() => initialRows.map((row, index) => ({ ...row, key: index })));
  const onSuccess = useCallback((data: unknown) => {
    const saved = (data as { rows?: EditorRow[] } | undefined)?.rows;
    // New keys remount the fields, so they show the stored values rather than the ones first loaded.
    if (saved) setRows(saved.map((row) => ({ ...row, key: nextKey.current++ })));
  }, []);
  const add = () => setRows((current) => [...current, { ...EMPTY, source: "", key: nextKey.current++ }]);
  const remove = (key: number) => setRows((current) => current.filter((row) => row.key !== key));

  return (
    <ActionForm action={action} successMessage={successMessage} onSuccess={onSuccess}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {intro}
      <RowsError />
      {rows.length === 0 && <p className="text-muted">{t("relations.editor.empty")}</p>}
      <ol className="space-y-4">
        {rows.map((row, index) => (
          <li key={row.key}>
            <RowFields row={row} index={index} committees={committees} onRemove={() => remove(row.key)} />
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={add}>
          {t("relations.editor.add")}
        </Button>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}

function RowFields({ row, index, committees, onRemove }: { row: KeyedRow; index: number; committees: { id: string; name: string }[]; onRemove: () => void }) {
  const t = useT();
  const name = (field: string) => `rows.${index}.${field}`;
  const number = index + 1;
  const choose = { value: "", label: t("relations.editor.choose") };
  return (
    <fieldset className="rounded-lg border border-line p-4" data-testid="relation-row">
      <legend className="px-1 font-semibold">{t("relations.editor.relation", { number })}</legend>
      {row.id && <input type="hidden" name={name("id")} value={row.id} />}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={t("relations.editor.type")}
          name={name("relationType")}
          defaultValue={row.relationType}
          options={[choose, ...RELATION_TYPES.map((type) => ({ value: type, label: t(`relations.type.${type}`) }))]}
        />
        <SelectField
          label={t("relations.editor.kind")}
          name={name("relationKind")}
          defaultValue={row.relationKind}
          options={[choose, ...RELATION_KINDS.map((kind) => ({ value: kind, label: t(`relations.kind.${kind}`) }))]}
        />
        <SelectField
          label={t("relations.editor.committee")}
          name={name("committeeId")}
          defaultValue={row.committeeId}
          options={[{ value: "", label: t("relations.editor.noCommittee") }, ...committees.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <div className="grid grid-cols-2 gap-4">
          <TextField label={t("relations.editor.since")} hint={t("relations.editor.sinceHint")} name={name("since")} defaultValue={row.since} inputMode="numeric" />
          <TextField label={t("relations.editor.amount")} hint={t("relations.editor.amountHint")} name={name("amount")} defaultValue={row.amount} inputMode="numeric" />
        </div>
        <div className="md:col-span-2">
          <TextField label={t("relations.editor.note")} name={name("note")} defaultValue={row.note} maxLength={1000} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <span>{row.source && <Badge>{t("relations.editor.source", { source: t(`relations.source.${row.source}`) })}</Badge>}</span>
        <Button variant="ghost" onClick={onRemove} aria-label={t("relations.editor.removeLabel", { number })}>
          {t("relations.editor.remove")}
        </Button>
      </div>
    </fieldset>
  );
}

/** An error about the rows as a whole (e.g. too many), which belongs to no single field. */
function RowsError() {
  const t = useT();
  const { errors } = useField("rows");
  if (!errors?.length) return null;
  return (
    <p className="text-sm text-danger" role="alert">
      {errors.map((error) => t(error)).join(" ")}
    </p>
  );
}
