import { getEnv } from "@/lib/server/env";
import { recentPublicEvents } from "@/lib/server/queries/public";
import { publicResponse } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An Atom feed of publications and adoption decisions, newest first. */
export const GET = defineRoute(
  async (_actor, request) => {
    const base = getEnv().APP_URL.replace(/\/$/, "");
    const events = await recentPublicEvents(50);
    const updated = (events[0]?.at ?? new Date(0)).toISOString();
    const entries = events.map((e) => {
      const title = e.type === "decision" ? `Beslut: ${e.title} (version ${e.version})` : `${e.kind === "consultation" ? "Utkast för samråd" : "Publicerad"}: ${e.title} (version ${e.version})`;
      return [
        "  <entry>",
        `    <id>urn:overens:${escape(e.id)}</id>`,
        `    <title>${escape(title)}</title>`,
        `    <link href="${escape(base + e.path)}"/>`,
        `    <updated>${e.at.toISOString()}</updated>`,
        `    <author><name>${escape(e.municipality)}</name></author>`,
        `    <summary>${escape(`${e.text}${e.text ? " " : ""}SHA-256 ${e.fingerprint}`)}</summary>`,
        "  </entry>",
      ].join("\n");
    });
    const xml = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      "  <title>Överens – publiceringar och beslut</title>",
      `  <id>${escape(base)}/api/v1/feed</id>`,
      `  <link rel="self" href="${escape(base)}/api/v1/feed"/>`,
      `  <link href="${escape(base)}/portal"/>`,
      `  <updated>${updated}</updated>`,
      ...entries,
      "</feed>",
      "",
    ].join("\n");
    return publicResponse(request, xml, { contentType: "application/atom+xml; charset=utf-8", lastModified: events[0]?.at ?? null });
  },
  { actor: false },
);
