"use client";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/sector-badge";
import { TallyBars } from "@/components/workshop/tally-bars";
import { useLiveSnapshot } from "@/components/workshop/use-live-snapshot";
import { availableStatementCommands, isEditable, type WorkshopStatus } from "@/lib/domain/workshop";
import { useT } from "@/lib/i18n/client";
import type { LiveStatement, PresenterSnapshot } from "@/lib/server/queries/workshops";
import { moveStatementAction, statementCommandAction } from "@/lib/actions/workshops";
import { ButtonForm } from "@/components/ui/button-form";

type RowProps = { workshopId: string; statement: LiveStatement; status: WorkshopStatus; index: number; count: number };

function StatementRow({ workshopId, statement, status, index, count }: RowProps) {
  const t = useT();
  const fields = { workshopId, statementId: statement.id };
  const yes = statement.counts.public.yes + statement.counts.civil.yes;
  const no = statement.counts.public.no + statement.counts.civil.no;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 border-b border-line py-3 last:border-0" data-testid="console-statement">
      <div className="min-w-0 flex-1 space-y-1">
        <p>
          <span className="font-semibold">{statement.position}.</span> {statement.text}
        </p>
        <div className="flex flex-wrap gap-2 text-xs">
          <Badge>{t(`workshop.statementStatus.${statement.status}`)}</Badge>
          <Badge>{t("workshop.console.counts", { yes, no })}</Badge>
        </div>
      </div>
      <div className="flex flex-wrap items-start gap-2">
        {availableStatementCommands(status, statement.status).map((command) => (
          <ButtonForm key={command} action={statementCommandAction} fields={{ ...fields, command }} variant={command === "open" ? "primary" : "secondary"}>
            {t(`workshop.console.command.${command}`)}
          </ButtonForm>
        ))}
        {isEditable(status) && index > 0 && (
          <ButtonForm action={moveStatementAction} fields={{ ...fields, direction: "up" }} label={t("workshop.console.moveUp", { number: statement.position })}>
            <span aria-hidden="true">↑</span>
          </ButtonForm>
        )}
        {isEditable(status) && index < count - 1 && (
          <ButtonForm action={moveStatementAction} fields={{ ...fields, direction: "down" }} label={t("workshop.console.moveDown", { number: statement.position })}>
            <span aria-hidden="true">↓</span>
          </ButtonForm>
        )}
      </div>
    </li>
  );
}

/** The facilitator's live part of the console: the statement in focus with its bars, and every statement with its commands. */
export function ConsoleLive({ initial }: { initial: PresenterSnapshot }) {
  const t = useT();
  const { snapshot, connected } = useLiveSnapshot(`/api/workshops/${initial.workshopId}/stream`, initial);
  const focus = snapshot.statements.find((statement) => statement.id === snapshot.focusId);
  const { statements } = snapshot;
  return (
    <>
      {!connected && <Alert>{t("workshop.console.offline")}</Alert>}
      {snapshot.status !== "draft" && (
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{focus ? t("workshop.console.focus", { number: focus.position }) : t("workshop.console.noFocus")}</h2>
          <p className="mb-3 text-sm text-muted">
            {t("workshop.console.participants", { public: snapshot.participants.public, civil: snapshot.participants.civil })}
          </p>
          {focus && (
            <>
              <p className="mb-3 font-medium">{focus.text}</p>
              <TallyBars counts={focus.counts} />
            </>
          )}
        </Card>
      )}
      <Card>
        <h2 className="mb-2 text-lg font-semibold">{t("workshop.console.statements")}</h2>
        {statements.length === 0 ? (
          <p className="text-muted">{t("workshop.console.noStatements")}</p>
        ) : (
          <ol aria-label={t("workshop.console.statements")}>
            {statements.map((statement, index) => (
              <StatementRow key={statement.id} workshopId={snapshot.workshopId} statement={statement} status={snapshot.status} index={index} count={statements.length} />
            ))}
          </ol>
        )}
      </Card>
    </>
  );
}
