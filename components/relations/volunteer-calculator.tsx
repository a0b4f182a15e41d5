"use client";
import { useState, type FormEvent } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { estimateVolunteerHours } from "@/lib/domain/volunteer-estimate";
import { useLocale, useT } from "@/lib/i18n/client";
import type { FormAction } from "@/components/ui/action-form";
import { volunteerEstimateSchema } from "@/lib/validation/relations";

export type CalculatorValues = { residents: string; sharePercent: string; hoursPerWeek: string; weeksPerYear: string };

/**
 * The volunteer calculator. The result follows the fields as they are typed (same schema and same
 * rule as the server), so anyone may try numbers; only those who may save get the save button.
 */
export function VolunteerCalculator({ action, initial, mayEdit }: { action: FormAction; initial: CalculatorValues; mayEdit: boolean }) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const onInput = (event: FormEvent<HTMLDivElement>) => {
    const input = event.target as HTMLInputElement;
    if (input.name in initial) setValues((current) => ({ ...current, [input.name]: input.value }));
  };
  const fields = [
    { name: "residents", label: t("relations.volunteers.residents"), hint: t("relations.volunteers.residentsHint"), inputMode: "numeric" as const },
    { name: "sharePercent", label: t("relations.volunteers.share"), hint: t("relations.volunteers.shareHint"), inputMode: "decimal" as const },
    { name: "hoursPerWeek", label: t("relations.volunteers.hours"), hint: t("relations.volunteers.hoursHint"), inputMode: "decimal" as const },
    { name: "weeksPerYear", label: t("relations.volunteers.weeks"), hint: t("relations.volunteers.weeksHint"), inputMode: "numeric" as const },
  ];
  const body = (
    <div onInput={onInput} className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-4">
        {fields.map((field) => (
          <TextField key={field.name} {...field} defaultValue={initial[field.name as keyof CalculatorValues]} />
        ))}
      </div>
      <Result values={values} />
    </div>
  );
  if (!mayEdit) {
    return (
      <form className="space-y-4" onSubmit={(event) => event.preventDefault()} aria-label={t("relations.volunteers.result")}>
        {body}
        <p className="text-sm text-muted">{t("relations.volunteers.readOnly")}</p>
      </form>
    );
  }
  return (
    <ActionForm action={action} successMessage={t("relations.volunteers.saved")}>
      {body}
      <SubmitButton>{t("relations.volunteers.save")}</SubmitButton>
    </ActionForm>
  );
}

function Result({ values }: { values: CalculatorValues }) {
  const t = useT();
  const locale = useLocale();
  const parsed = volunteerEstimateSchema.safeParse(values);
  const whole = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 1 });
  const result = parsed.success ? estimateVolunteerHours(parsed.data) : null;
  return (
    <section aria-labelledby="volunteer-result" aria-live="polite" className="rounded-lg border border-line bg-surface p-4">
      <h3 id="volunteer-result" className="font-semibold">
        {t("relations.volunteers.result")}
      </h3>
      {parsed.success && result ? (
        <>
          <dl className="mt-3 space-y-3" data-testid="volunteer-result">
            <Figure label={t("relations.volunteers.volunteers")} value={whole.format(result.volunteers)} />
            <Figure label={t("relations.volunteers.hoursPerYear")} value={whole.format(result.hoursPerYear)} testId="volunteer-hours" />
            <Figure label={t("relations.volunteers.fullTime")} value={decimal.format(result.fullTimeEquivalents)} testId="volunteer-fte" />
          </dl>
          <p className="mt-3 text-sm text-muted">
            {t("relations.volunteers.formula", {
              residents: whole.format(parsed.data.residents),
              share: decimal.format(parsed.data.shareVolunteering * 100),
              hours: decimal.format(parsed.data.hoursPerWeek),
              weeks: parsed.data.weeksPerYear,
              total: whole.format(result.hoursPerYear),
            })}
          </p>
        </>
      ) : (
        <p className="mt-3 text-sm text-muted">{t("relations.volunteers.incomplete")}</p>
      )}
    </section>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
