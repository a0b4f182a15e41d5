import { Fragment, useId, type ReactNode } from "react";
import { diffWords, sideBySide, type DiffPart, type SideBySideRow } from "@/lib/domain/version-diff";
import type { Translate } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { foldUnchangedRows } from "./diff-rows";

type HeadingLevel = 2 | 3;

// Green and red mean yes and no in this product (workshop voting), so changes are blue and grey, and
// the <ins>/<del> elements with underline and strike-through carry the meaning without colour.
const ADDED = "rounded-sm bg-public-soft text-ink underline decoration-public decoration-2 underline-offset-[3px]";
const REMOVED = "rounded-sm bg-line/60 text-muted line-through decoration-muted decoration-2";

/**
 * Two versions of a compact's text compared word by word: side by side (paragraph against
 * paragraph, long unchanged stretches folded away) and inline. Rendered on the server.
 */
export function VersionDiffView({
  oldText,
  newText,
  oldLabel,
  newLabel,
  t,
  headingLevel = 2,
}: {
  /** Plain text of each version, one paragraph per line (docToPlainText). */
  oldText: string;
  newText: string;
  /** How each version is named, e.g. "Version 3". */
  oldLabel: string;
  newLabel: string;
  t: Translate;
  headingLevel?: HeadingLevel;
}) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const subLevel = (headingLevel + 1) as 3 | 4;
  const parts = diffWords(oldText, newText);
  const identical = parts.every((part) => part.kind === "same");

  return (
    <section aria-labelledby={headingId} className="space-y-5">
      <div>
        <Heading id={headingId} className="text-lg font-semibold">
          {t("versions.title")}
        </Heading>
        <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1.5">
            <dt className="text-muted">{t("versions.from")}:</dt>
            <dd className="font-medium">{oldLabel}</dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-muted">{t("versions.to")}:</dt>
            <dd className="font-medium">{newLabel}</dd>
          </div>
        </dl>
      </div>
      {identical ? (
        <Alert tone="info">{t("versions.identical")}</Alert>
      ) : (
        <>
          <Legend t={t} />
          <ViewSection title={t("versions.sideBySide")} level={subLevel}>
            <SideBySide oldText={oldText} newText={newText} oldLabel={oldLabel} newLabel={newLabel} t={t} />
          </ViewSection>
          <ViewSection title={t("versions.inline")} level={subLevel}>
            <p className="whitespace-pre-wrap break-words rounded-md border border-line bg-white p-4 leading-relaxed">
              <DiffParts parts={parts} t={t} />
            </p>
          </ViewSection>
        </>
      )}
    </section>
  );
}

function ViewSection({ title, level, children }: { title: string; level: 3 | 4; children: ReactNode }) {
  const id = useId();
  const Heading = `h${level}` as const;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <Heading id={id} className="text-base font-semibold">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Legend({ t }: { t: Translate }) {
  const id = useId();
  const example = t("versions.example");
  return (
    <div className="rounded-md border border-line bg-surface px-3 py-2 text-sm">
      <p id={id} className="font-medium">
        {t("versions.legend")}
      </p>
      <ul aria-labelledby={id} className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={cn(ADDED, "px-1")}>
            {example}
          </span>
          {t("versions.added")}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={cn(REMOVED, "px-1")}>
            {example}
          </span>
          {t("versions.removed")}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="px-1">
            {example}
          </span>
          {t("versions.unchanged")}
        </li>
      </ul>
    </div>
  );
}

/**
 * Text with its changes marked up. Screen readers rarely announce <ins>/<del> by themselves, so each
 * change also says in hidden words where it starts and ends.
 */
function DiffParts({ parts, t }: { parts: readonly DiffPart[]; t: Translate }) {
  return parts.map((part, index) => {
    if (part.kind === "added") {
      return (
        <ins key={index} className={ADDED}>
          <span className="sr-only">[{t("versions.addedStart")}] </span>
          {part.text}
          <span className="sr-only"> [{t("versions.addedEnd")}]</span>
        </ins>
      );
    }
    if (part.kind === "removed") {
      return (
        <del key={index} className={REMOVED}>
          <span className="sr-only">[{t("versions.removedStart")}] </span>
          {part.text}
          <span className="sr-only"> [{t("versions.removedEnd")}]</span>
        </del>
      );
    }
    return <span key={index}>{part.text}</span>;
  });
}

type SideBySideProps = { oldText: string; newText: string; oldLabel: string; newLabel: string; t: Translate };

/** Old on the left, new on the right; on narrow screens each old paragraph sits above its new one. */
function SideBySide({ oldText, newText, oldLabel, newLabel, t }: SideBySideProps) {
  const groups = foldUnchangedRows(sideBySide(oldText, newText), (row) => row.kind !== "same");
  const renderRows = (rows: readonly SideBySideRow[]) =>
    rows.map((row) => (
      <div
        key={`${row.oldNumber ?? "-"}:${row.newNumber ?? "-"}`}
        className="grid gap-2 border-t border-line py-2 first:border-t-0 md:grid-cols-2 md:gap-4"
      >
        <DiffCell parts={row.old} number={row.oldNumber} versionLabel={oldLabel} t={t} />
        <DiffCell parts={row.new} number={row.newNumber} versionLabel={newLabel} t={t} />
      </div>
    ));

  return (
    <div className="rounded-md border border-line bg-white px-3 py-1">
      {/* Column heads for sighted readers on wide screens; each cell names its version for everyone else. */}
      <div aria-hidden="true" className="hidden grid-cols-2 gap-4 border-b border-line py-2 text-sm font-semibold md:grid">
        <p>
          {t("versions.from")}: {oldLabel}
        </p>
        <p>
          {t("versions.to")}: {newLabel}
        </p>
      </div>
      {groups.map((group) =>
        group.folded ? (
          <details key={`fold-${group.rows[0]?.oldNumber}`} className="group border-t border-line py-2 first:border-t-0">
            <summary className="cursor-pointer rounded px-1 py-1 text-sm font-medium text-brand hover:bg-surface">
              {t("versions.unchangedParagraphs", { count: group.rows.length })}
            </summary>
            <div className="mt-2">{renderRows(group.rows)}</div>
          </details>
        ) : (
          <Fragment key={`rows-${group.rows[0]?.oldNumber ?? group.rows[0]?.newNumber}`}>{renderRows(group.rows)}</Fragment>
        ),
      )}
    </div>
  );
}

function DiffCell({
  parts,
  number,
  versionLabel,
  t,
}: {
  parts: readonly DiffPart[] | null;
  number: number | null;
  versionLabel: string;
  t: Translate;
}) {
  return (
    <div className={cn("min-w-0 rounded px-2 py-1", parts === null && "border border-dashed border-line")}>
      <p className="text-xs text-muted">
        <span className="md:sr-only">
          {versionLabel}
          {number !== null && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
            </>
          )}
        </span>
        {number !== null && t("versions.paragraph", { number })}
      </p>
      {parts === null ? (
        <p className="text-sm italic text-muted">{t("versions.noParagraph")}</p>
      ) : parts.length === 0 ? (
        <p className="text-sm italic text-muted">{t("versions.emptyParagraph")}</p>
      ) : (
        <p className="whitespace-pre-wrap break-words">
          <DiffParts parts={parts} t={t} />
        </p>
      )}
    </div>
  );
}
