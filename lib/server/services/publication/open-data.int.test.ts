import { describe, expect, it } from "vitest";
import { GET as index } from "@/app/api/v1/route";
import { GET as compactsRoute } from "@/app/api/v1/compacts/route";
import { GET as compactRoute } from "@/app/api/v1/compacts/[municipality]/[compact]/route";
import { GET as versionRoute } from "@/app/api/v1/versions/[id]/route";
import { GET as decisionsRoute } from "@/app/api/v1/decisions/route";
import { GET as joiningsRoute } from "@/app/api/v1/joinings/route";
import { GET as csvRoute } from "@/app/api/v1/joinings.csv/route";
import { GET as feedRoute } from "@/app/api/v1/feed/route";
import { GET as evidenceRoute } from "@/app/api/v1/joinings/[id]/evidence/route";
import { getDb } from "../../db";
import { adoptCompact, demoActor, organisationId, withDemoDatabase } from "../../testing/integration";
import { createCompact } from "../compacts/create-compact";
import { registerJoining } from "@/lib/server/services/publication/register-joining";

withDemoDatabase();

const url = (path: string) => new Request(`http://localhost${path}`);
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

/** One adopted compact with a joining (with PDF), and one draft that is never published. */
async function fixture() {
  const official = await demoActor("tjansteperson");
  const id = await adoptCompact("Överenskommelse om öppna data");
  const joining = await registerJoining(official, {
    compactId: id,
    organisationId: await organisationId("Sjöberga Idrottsallians"),
    joinedOn: "2027-06-01",
    evidence: "=Styrelseprotokoll, 2027-05-30",
    file: { name: "protokoll.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF") },
  });
  const draft = await createCompact(official, { title: "Hemligt utkast om lokaler" });
  return { id, slug: (await getDb().compact.findUniqueOrThrow({ where: { id } })).slug, joiningId: joining.id, draftId: draft.id };
}

describe("the open-data API", () => {
  it("lists published compacts with pagination, ETag and Last-Modified, and answers 304 to a matching If-None-Match", async () => {
    const { slug } = await fixture();
    expect((await index(url("/api/v1"))).status).toBe(200);
    const response = await compactsRoute(url("/api/v1/compacts?municipality=sjoberga&pageSize=1"));
    expect(response.headers.get("cache-control")).toContain("s-maxage=");
    expect(response.headers.get("last-modified")).toBeTruthy();
    const body = await response.json();
    expect(body).toMatchObject({ page: 1, pageSize: 1, total: 1, pages: 1, next: null });
    expect(body.items[0]).toMatchObject({ slug, municipality: "sjoberga", stage: "decision", latestKind: "decided" });
    const again = await compactsRoute(new Request("http://localhost/api/v1/compacts?municipality=sjoberga&pageSize=1", { headers: { "If-None-Match": response.headers.get("etag")! } }));
    expect(again.status).toBe(304);
    expect((await (await compactsRoute(url("/api/v1/compacts?stage=review"))).json()).total).toBe(0);
    expect((await (await compactsRoute(url("/api/v1/compacts?q=Hemligt"))).json()).total).toBe(0);
  });

  it("serves a compact, its versions with text, decisions and joinings, and nothing of drafts", async () => {
    const { slug, joiningId } = await (async () => {
      const db = getDb();
      const c = await db.compact.findFirstOrThrow({ where: { title: "Överenskommelse om öppna data" } });
      const j = await db.joining.findFirstOrThrow({ where: { compactId: c.id } });
      return { slug: c.slug, joiningId: j.id };
    })();
    const compact = await (await compactRoute(url(`/api/v1/compacts/sjoberga/${slug}`), params({ municipality: "sjoberga", compact: slug }))).json();
    expect(compact.versions).toHaveLength(1);
    expect(compact.decisions[0]).toMatchObject({ body: "Kommunstyrelsen", caseNumber: "KS 2027/9" });
    expect(compact.joinings.summary).toMatchObject({ total: 1, bySector: { civil: 1 } });
    const version = await (await versionRoute(url(compact.versions[0].api), params({ id: compact.versions[0].id }))).json();
    expect(version.text).toContain("Publicerad text om öppna data.");
    expect(version.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    const decisions = await (await decisionsRoute(url("/api/v1/decisions"))).json();
    expect(decisions.total).toBe(1);
    const joinings = await (await joiningsRoute(url("/api/v1/joinings"))).json();
    expect(joinings.items[0]).toMatchObject({ organisation: "Sjöberga Idrottsallians", sector: "civil", evidenceFile: `/api/v1/joinings/${joiningId}/evidence` });
    const csv = await (await csvRoute(url("/api/v1/joinings.csv"))).text();
    expect(csv).toContain("Sjöberga Idrottsallians");
    expect(csv).toContain(`"'=Styrelseprotokoll, 2027-05-30"`);
    const pdf = await evidenceRoute(url(`/api/v1/joinings/${joiningId}/evidence`), params({ id: joiningId }));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const feed = await (await feedRoute(url("/api/v1/feed"))).text();
    expect(feed).toContain("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    expect(feed).toContain("Beslut: Överenskommelse om öppna data");

    const everything = [JSON.stringify(compact), JSON.stringify(decisions), JSON.stringify(joinings), csv, feed].join("\n");
    expect(everything).not.toMatch(/Hemligt utkast|Bakgrund och syfte|@demo\.overens\.se/);
    expect((await compactRoute(url("/api/v1/compacts/sjoberga/overenskommelse-2027-2030"), params({ municipality: "sjoberga", compact: "overenskommelse-2027-2030" }))).status).toBe(404);
    expect((await versionRoute(url("/api/v1/versions/nope"), params({ id: "nope" }))).status).toBe(404);
  });
});
