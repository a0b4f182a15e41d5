import { useId } from "react";
import type { Checklist } from "@/lib/domain/lifecycle";
import type { StageEntry, TimelineItem, TimelineStatus } from "@/lib/domain/stages";
import type { Locale, Translate } from "@/lib/i18n/core";
import { cn } from "@/components/ui/cn";

const DATE_LOCALES: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

type HeadingLevel = 2 | 3;

/**
 * The six stages of the policy cycle as an ordered list: vertical on narrow screens, a row on wide
 * ones. Each stage says in words whether it is done, current or upcoming (the icon and colour only
 * repeat that), and under the current stage stands what is still missing to move on.
 */
export function StageTimeline({
  timeline,
  checklist,
  locale,
  t,
  headingLevel = 2,
}: {
  /** buildTimeline(current, entries), with `enteredBy` already a display name. */
  timeline: readonly TimelineItem[];
  /** checklist(state) for the current stage, or null to leave the checklist out. */
  checklist: Checklist | null;
  locale: Locale;
  t: Translate;
  headingLevel?: HeadingLevel;
}) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  // Dates are shown in the municipality's time zone, so the server and every reader see the same day.
  const dateFormat = new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle: "long", timeZone: "Europe/Stockholm" });

  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className="text-lg font-semibold">
        {t("lifecycle.timeline.title")}
      </Heading>
      <ol className="mt-4 flex flex-col lg:flex-row lg:gap-2">
        {timeline.map((item, index) => (
          <li
            key={item.stage}
            aria-current={item.status === "current" ? "step" : undefined}
            className={cn(
              "relative flex min-w-0 gap-3 pb-6 last:pb-0 lg:flex-col lg:gap-2 lg:pb-0",
              item.status === "current" ? "lg:flex-[2.4]" : "lg:flex-1",
            )}
          >
            {index < timeline.length - 1 && <Connector done={item.status === "done"} />}
            <StageMarker status={item.status} number={index + 1} />
            <div className="min-w-0 flex-1 pt-1 lg:pt-0">
              <p className={cn("font-semibold leading-snug", item.status === "upcoming" && "text-muted")}>
                {t(`lifecycle.stage.${item.stage}`)}
              </p>
              <StatusLabel status={item.status} t={t} />
              {item.entry && <EnteredLine entry={item.entry} format={dateFormat} t={t} />}
              {item.status === "current" && checklist?.from === item.stage && (
                <ChecklistPanel checklist={checklist} headingLevel={(headingLevel + 1) as 3 | 4} t={t} />
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The line to the next stage: down the left edge when vertical, along the top when in a row. */
function Connector({ done }: { done: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "absolute bottom-1 left-4 top-10 w-0.5 -translate-x-1/2",
        "lg:bottom-auto lg:left-10 lg:-right-1 lg:top-4 lg:h-0.5 lg:w-auto lg:translate-x-0 lg:-translate-y-1/2",
        done ? "bg-brand" : "bg-line",
      )}
    />
  );
}

const MARKER_STYLES: Record<TimelineStatus, string> = {
  done: "border-brand bg-brand text-white",
  current: "border-brand bg-white text-brand ring-4 ring-brand/20",
  upcoming: "border-line bg-white text-muted",
};

/** A circle with ✓ for done stages and the step number otherwise; decoration, the text says it all. */
function StageMarker({ status, number }: { status: TimelineStatus; number: number }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "relative z-10 flex size-8 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold",
        MARKER_STYLES[status],
      )}
    >
      {status === "done" ? "✓" : number}
    </span>
  );
}

function StatusLabel({ status, t }: { status: TimelineStatus; t: Translate }) {
  const label = t(`lifecycle.timeline.${status}`);
  if (status === "current") {
    return <p className="mt-1 inline-block rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-white">{label}</p>;
  }
  return <p className="text-sm text-muted">{label}</p>;
}

function EnteredLine({ entry, format, t }: { entry: StageEntry; format: Intl.DateTimeFormat; t: Translate }) {
  return <p className="text-sm text-muted">{t("lifecycle.timeline.entered", { date: format.format(entry.enteredAt), name: entry.enteredBy })}</p>;
}

/** What must be true before the next step, each item marked met or missing in words and by icon. */
function ChecklistPanel({ checklist, headingLevel, t }: { checklist: Checklist; headingLevel: 3 | 4; t: Translate }) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="mt-3 rounded-md border border-line bg-surface p-3">
      <Heading id={headingId} className="text-sm font-semibold">
        {t("lifecycle.checklist.title")}
      </Heading>
      {checklist.complete && (
        <p className="mt-2 flex items-start gap-2 text-sm font-medium">
          <span aria-hidden="true" className="text-brand">
            ✓
          </span>
          {t("lifecycle.checklist.complete")}
        </p>
      )}
      {checklist.items.length > 0 && (
        <ul aria-labelledby={headingId} className="mt-2 space-y-2">
          {checklist.items.map((item) => (
            <li key={item.id} className="flex items-start gap-2 text-sm">
              <span
                aria-hidden="true"
                className={cn(
                  "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full border text-xs font-bold",
                  item.met ? "border-brand bg-brand text-white" : "border-ink bg-white text-ink",
                )}
              >
                {item.met ? "✓" : "!"}
              </span>
              <span className="min-w-0">
                {t(item.label)}{" "}
                <span
                  className={cn(
                    "whitespace-nowrap rounded px-1.5 py-px text-xs font-semibold",
                    item.met ? "text-brand" : "border border-ink/50 bg-white text-ink",
                  )}
                >
                  {item.met ? t("lifecycle.checklist.met") : t("lifecycle.checklist.unmet")}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
