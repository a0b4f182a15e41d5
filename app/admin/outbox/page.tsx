import { EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/sector-badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { Forbidden } from "@/components/forbidden";
import { listOutbox } from "@/lib/server/queries/admin";
import { getEnv } from "@/lib/server/env";

export default async function OutboxPage() {
  const actor = await actorAllowedTo("outbox.view", "/admin/outbox");
  if (!actor) return <Forbidden />;
  const [t, locale, messages] = await Promise.all([getT(), getLocale(), listOutbox(actor)]);
  const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "short", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.outbox.title")} description={t("admin.outbox.description")} />
      {!getEnv().SMTP_URL && (
        <p role="note" className="rounded-lg border border-line bg-surface p-4 text-sm" data-testid="outbox-demo-notice">
          {t("admin.outbox.demoNotice")}
        </p>
      )}
      {messages.length === 0 ? (
        <EmptyState title={t("admin.outbox.empty")} />
      ) : (
        <ul className="space-y-3">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-line p-4" data-testid="outbox-message">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">{message.subject}</p>
                <Badge>{message.sentAt ? t("admin.outbox.sent") : t("admin.outbox.notSent")}</Badge>
              </div>
              <p className="text-sm text-muted">
                {t("admin.outbox.to")}: <span data-testid="outbox-to">{message.to}</span> · {format.format(message.createdAt)}
              </p>
              {message.linkWithheld && <p className="mt-2 text-sm text-muted">{t("admin.outbox.linkWithheld")}</p>}
              {message.link && (
                <p className="mt-2 break-all text-sm">
                  {t("admin.outbox.link")}:{" "}
                  <a href={message.link} data-testid="outbox-link">
                    {message.link}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
