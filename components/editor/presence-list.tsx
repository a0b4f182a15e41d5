"use client";
import type { Presence } from "@/lib/collab/presence";
import { useT } from "@/lib/i18n/client";

/**
 * Who has the text open: name, sector in words and in colour (the same colour as their caret), and
 * whether they write or read. Colour is never the only signal.
 */
export function PresenceList({ presence }: { presence: Presence[] }) {
  const t = useT();
  const others = presence.filter((person) => !person.self);
  return (
    <section aria-labelledby="presence-title" className="text-sm">
      <h3 id="presence-title" className="font-semibold">
        {t("editor.presence.title")}
      </h3>
      <ul className="mt-1 flex flex-wrap gap-2" data-testid="presence-list">
        {presence.map((person) => (
          <li key={person.clientId} className="inline-flex items-center gap-1 rounded-full border px-2 py-0.5" style={{ borderColor: person.color }}>
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: person.color }} />
            <span className="font-medium">{person.name}</span>
            {person.self ? <span className="text-muted">({t("editor.presence.you")})</span> : null}
            <span className="text-muted">
              · {t(`common.sectors.${person.sector}`)} · {t(person.access === "edit" ? "editor.presence.writing" : "editor.presence.reading")}
            </span>
          </li>
        ))}
      </ul>
      {others.length === 0 ? <p className="mt-1 text-muted">{t("editor.presence.alone")}</p> : null}
    </section>
  );
}
