import { fingerprintDocument } from "@/lib/domain/fingerprint";
import { slugify } from "@/lib/domain/slug";
import type { Stage } from "@/lib/domain/stages";

/**
 * Rows of a national-scale installation (npm run seed:scale): municipalities × compacts × comments,
 * each compact following one of a few realistic histories (adopted, reviewed, adopted twice, in a
 * second round with a consultation draft, out for consultation, waiting for a decision, on the agenda).
 * Plain data, deterministic for a given seed and time, so that a test can check it at a tiny size.
 */

export type ScaleSize = { municipalities: number; compactsPerMunicipality: number; commentsPerCompact: number };
export const NATIONAL_SCALE: ScaleSize = { municipalities: 290, compactsPerMunicipality: 5, commentsPerCompact: 200 };

const DAY = 86_400_000;

/** What happens to a compact: its final stage, which versions are published how, and what is decided. */
type Plan = {
  name: string;
  stage: Stage;
  versions: number;
  /** In publication order: [version, kind]. */
  publications: [number, "decided" | "consultation"][];
  /** Versions with an approved decision. */
  decided: number[];
  /** The newest consultation's round is still open (or not yet started) at `now`. */
  openRound?: boolean;
};

// The order makes even a tiny run (3 × 2) cover published, consultation-only and unpublished compacts.
const PLANS: Plan[] = [
  { name: "adopted", stage: "implementation", versions: 1, publications: [[1, "consultation"], [1, "decided"]], decided: [1] },
  { name: "awaiting-decision", stage: "decision", versions: 1, publications: [], decided: [] },
  { name: "second-round", stage: "formulation", versions: 2, publications: [[1, "decided"], [2, "consultation"]], decided: [1], openRound: true },
  { name: "consultation", stage: "formulation", versions: 1, publications: [[1, "consultation"]], decided: [], openRound: true },
  { name: "adopted-twice", stage: "implementation", versions: 2, publications: [[1, "consultation"], [1, "decided"], [2, "decided"]], decided: [1, 2] },
  { name: "agenda", stage: "agenda", versions: 1, publications: [], decided: [] },
  { name: "reviewed", stage: "review", versions: 1, publications: [[1, "decided"]], decided: [1] },
];

const STAGE_PATH: Record<Stage, Stage[]> = {
  agenda: ["agenda"],
  formulation: ["agenda", "formulation"],
  decision: ["agenda", "formulation", "decision"],
  implementation: ["agenda", "formulation", "decision", "implementation"],
  review: ["agenda", "formulation", "decision", "implementation", "review"],
  reformulation: ["agenda", "formulation", "decision", "implementation", "review", "reformulation"],
};

const NAME_STARTS = ["Sjö", "Berg", "Ål", "Öst", "Väst", "Norr", "Sör", "Lind", "Ek", "Björk", "Gran", "Hag", "Mal", "Ström", "Vik", "Ulv", "Rå"];
const NAME_ENDS = ["by", "torp", "köping", "holm", "sund", "å", "berga", "vik", "hult", "näs", "stad", "ryd", "fors", "dal", "tuna", "lunda", "mark", "sala"];

const TOPICS = [
  { title: "Överenskommelse mellan {m} kommun och civilsamhället", summary: "Gemensamma spelregler för samverkan mellan kommunen och föreningslivet i {m}." },
  { title: "Lokal överenskommelse om idrott och fritid i {m}", summary: "Lokaler, bidrag och dialog för idrottsföreningar och fritidsgårdar." },
  { title: "Överenskommelse om integration och etablering", summary: "Hur kommunen och idéburna organisationer tar emot nyanlända i {m} tillsammans." },
  { title: "Överenskommelse om kultur och studieförbund i {m}", summary: "Kulturlivets villkor, samlingslokaler och folkbildning." },
  { title: "Överenskommelse om frivilligt arbete inom äldreomsorgen", summary: "Volontärer, anhörigstöd och mötesplatser för äldre i {m}." },
  { title: "Idéburet offentligt partnerskap om ungas psykiska hälsa", summary: "Ett IOP mellan {m} kommun och föreningar som arbetar med unga." },
  { title: "Överenskommelse om civilsamhällets roll vid kris och beredskap", summary: "Frivilliga försvarsorganisationer och trossamfund i {m} vid kris." },
];

const CIVIL_ORGANISATIONS: [string, string][] = [
  ["{m} Idrottsallians", "umbrella"],
  ["{m} Hembygdsförening", "association"],
  ["Röda Korset {m}", "association"],
  ["{m} församling", "faith"],
  ["Studieförbundet Vuxenskolan {m}", "association"],
  ["Stiftelsen {m} Ungdomsgård", "foundation"],
  ["{m} Kooperativa förskola", "cooperative"],
  ["Pensionärsföreningen {m}", "association"],
  ["Föreningsrådet i {m}", "umbrella"],
];
const PUBLIC_ORGANISATIONS = ["Kommunstyrelsen", "Kultur- och fritidsnämnden", "Socialnämnden"];

const COMMENT_BODIES = [
  "Vi saknar en skrivning om hur lokalfrågan ska lösas för mindre föreningar.",
  "Bra att dialogforumet blir återkommande, men hur ofta ska det mötas?",
  "Principen om självständighet behöver förtydligas när det gäller bidrag.",
  "Föreslår att uppföljningen sker gemensamt varje år, inte bara av kommunen.",
  "Kan vi lägga till en mening om tillgänglighet för personer med funktionsnedsättning?",
  "Åtagandet om långsiktig finansiering är för vagt formulerat.",
  "Vi ställer oss bakom texten i sin helhet.",
  "Begreppet IOP bör förklaras i avsnittet om definitioner.",
  "Hur säkerställer vi att även små föreningar utan anställda kan delta?",
  "Mångfaldsprincipen borde nämna föreningar med olika språk och bakgrund.",
];
const SECTIONS = ["1. Bakgrund och syfte", "2. Parter och anslutning", "3. Principer", "4. Åtaganden", "5. Uppföljning"];

/** Small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function municipalityName(index: number): string {
  const start = NAME_STARTS[index % NAME_STARTS.length]!;
  const end = NAME_ENDS[Math.floor(index / NAME_STARTS.length) % NAME_ENDS.length]!;
  const round = Math.floor(index / (NAME_STARTS.length * NAME_ENDS.length));
  return `${start}${end}${round ? ` ${round + 1}` : ""}`;
}

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const heading = (text: string) => ({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text }] });

function documentFor(title: string, municipality: string, version: number) {
  return {
    type: "doc",
    content: [
      heading(SECTIONS[0]!),
      paragraph(`${title}. ${municipality} kommun och den idéburna sektorn vill samverka på lika villkor (version ${version}).`),
      heading(SECTIONS[1]!),
      paragraph("Parter är kommunen och de organisationer som ansluter sig genom ett styrelsebeslut."),
      heading(SECTIONS[2]!),
      paragraph("Självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald."),
      heading(SECTIONS[3]!),
      paragraph(version > 1 ? "Åtagandena har reviderats efter den gemensamma granskningen." : "Kommunen och civilsamhället åtar sig att mötas i ett årligt dialogforum."),
      heading(SECTIONS[4]!),
      paragraph("Överenskommelsen följs upp varje år och revideras vart tredje år."),
    ],
  };
}

/** The rows of one municipality, in an order that satisfies the foreign keys when inserted table by table. */
export type ScaleBatch = {
  municipality: Record<string, unknown>[];
  organisation: Record<string, unknown>[];
  user: Record<string, unknown>[];
  membership: Record<string, unknown>[];
  compact: Record<string, unknown>[];
  compactVersion: Record<string, unknown>[];
  draftingGroupMember: Record<string, unknown>[];
  stageChange: Record<string, unknown>[];
  participationEntry: Record<string, unknown>[];
  decision: Record<string, unknown>[];
  publication: Record<string, unknown>[];
  joining: Record<string, unknown>[];
  commentRound: Record<string, unknown>[];
  /** Threads first, then replies (a reply's parent must exist when it is inserted). */
  comment: Record<string, unknown>[];
  commentReply: Record<string, unknown>[];
};

export const SCALE_TABLES = [
  "municipality",
  "organisation",
  "user",
  "membership",
  "compact",
  "compactVersion",
  "draftingGroupMember",
  "stageChange",
  "participationEntry",
  "decision",
  "publication",
  "joining",
  "commentRound",
  "comment",
  "commentReply",
] as const satisfies readonly (keyof ScaleBatch)[];

export type ScaleOptions = { size: ScaleSize; now: Date; runTag: string; takenSlugs?: ReadonlySet<string> };

/** Unique ids for one run: the run tag keeps a second run (--force) from colliding with the first. */
function idMaker(runTag: string) {
  let n = 0;
  return (kind: string) => `${kind}${runTag}${(n++).toString(36).padStart(7, "0")}`;
}

/** Generates the rows municipality by municipality (a generator, so the caller can write in batches). */
export function* generateScaleData(options: ScaleOptions): Generator<ScaleBatch> {
  const { size, now, runTag } = options;
  const id = idMaker(runTag);
  const taken = new Set(options.takenSlugs ?? []);
  for (let i = 0; i < size.municipalities; i++) {
    const rnd = random(i * 7919 + 17);
    const name = municipalityName(i);
    const slug = slugify(name, taken);
    taken.add(slug);
    const batch: ScaleBatch = Object.fromEntries(SCALE_TABLES.map((t) => [t, []])) as unknown as ScaleBatch;
    const municipalityId = id("m");
    const created = new Date(now.getTime() - 1000 * DAY);
    batch.municipality.push({ id: municipalityId, slug, name, logoText: name, createdAt: created, updatedAt: created });

    const publicOrgs = PUBLIC_ORGANISATIONS.map((n) => ({ id: id("o"), municipalityId, name: n, sector: "public", kind: "committee", createdAt: created, updatedAt: created }));
    const civilOrgs = CIVIL_ORGANISATIONS.map(([n, kind]) => ({ id: id("o"), municipalityId, name: n.replace("{m}", name), sector: "civil", kind, createdAt: created, updatedAt: created }));
    batch.organisation.push(...publicOrgs, ...civilOrgs);

    const people: { id: string; organisationId: string; sector: "public" | "civil"; role: string }[] = [
      { id: id("u"), organisationId: publicOrgs[0]!.id, sector: "public", role: "admin" },
      { id: id("u"), organisationId: publicOrgs[0]!.id, sector: "public", role: "official" },
      { id: id("u"), organisationId: publicOrgs[0]!.id, sector: "public", role: "politician" },
      ...civilOrgs.slice(0, 4).map((o) => ({ id: id("u"), organisationId: o.id, sector: "civil" as const, role: "association_rep" })),
    ];
    for (const [n, p] of people.entries()) {
      batch.user.push({ id: p.id, email: `${p.role.replace("_", "-")}${n}.${slug}@scale.overens.invalid`, name: `${p.role === "association_rep" ? "Företrädare" : p.role === "politician" ? "Politiker" : "Tjänsteperson"} ${n} ${name}`, active: true, createdAt: created, updatedAt: created });
      batch.membership.push({ id: id("ms"), userId: p.id, organisationId: p.organisationId, role: p.role, createdAt: created, updatedAt: created });
    }
    const official = people[1]!;
    const politician = people[2]!;
    const writers = [official, ...people.slice(3)];

    for (let k = 0; k < size.compactsPerMunicipality; k++) {
      const plan = PLANS[(i * size.compactsPerMunicipality + k) % PLANS.length]!;
      const topic = TOPICS[(i + k * 3) % TOPICS.length]!;
      const title = `${topic.title.replace("{m}", name)}${k >= TOPICS.length ? ` ${k + 1}` : ""}`;
      const summary = topic.summary.replace("{m}", name);
      const compactId = id("c");
      const compactSlug = slugify(title);
      const path = STAGE_PATH[plan.stage]!;
      // Stage moves of each round: the first from the agenda, a later one from the new round's formulation.
      const FIRST_ROUND: Stage[] = ["agenda", "formulation", "decision", "implementation", "review", "reformulation"];
      const roundPaths = Array.from({ length: plan.versions }, (_, v) => {
        const last = v === plan.versions - 1;
        const full = last ? path : FIRST_ROUND;
        return v === 0 ? full : full.slice(full.indexOf("formulation"));
      });
      const moves = roundPaths.reduce((sum, r) => sum + r.length, 0);
      // Each compact's history starts 400–900 days ago and its moves are spread evenly up to 10 days ago.
      const start = now.getTime() - (400 + Math.floor(rnd() * 500)) * DAY;
      const step = Math.floor((now.getTime() - 10 * DAY - start) / (moves + 1));
      let t = start;
      const at = () => new Date((t += step));
      const compactCreated = new Date(start);
      batch.compact.push({
        id: compactId, municipalityId, slug: compactSlug, title, summary, stage: plan.stage, currentVersion: plan.versions, revision: path.length + plan.versions,
        agenda: { why: summary, issues: ["Lokaler", "Långsiktig finansiering", "Dialogforum"], invited: ["Alla föreningar i " + name] }, createdById: official.id, createdAt: compactCreated, updatedAt: compactCreated,
      });
      for (const org of [publicOrgs[0]!, civilOrgs[0]!, civilOrgs[1]!]) batch.draftingGroupMember.push({ compactId, organisationId: org.id, createdAt: compactCreated });
      batch.stageChange.push({ id: id("sc"), compactId, versionNumber: 1, fromStage: null, toStage: "agenda", kind: "created", actorId: official.id, createdAt: compactCreated });

      const docs = Array.from({ length: plan.versions }, (_, v) => documentFor(title, name, v + 1));
      const fingerprints = docs.map((d) => fingerprintDocument(d));
      const versionTimes: Date[] = [];
      // Stage moves of the first round (and the second round's, when there are two versions).
      for (let v = 1; v <= plan.versions; v++) {
        const roundPath = roundPaths[v - 1]!;
        for (let s = 1; s < roundPath.length; s++) {
          const from = roundPath[s - 1]!;
          const to = roundPath[s]!;
          batch.stageChange.push({ id: id("sc"), compactId, versionNumber: v, fromStage: from, toStage: to, kind: "advance", actorId: official.id, createdAt: at() });
        }
        if (v < plan.versions) batch.stageChange.push({ id: id("sc"), compactId, versionNumber: v + 1, fromStage: "reformulation", toStage: "formulation", kind: "new_round", actorId: official.id, createdAt: at() });
        versionTimes.push(new Date(t));
      }
      for (let v = 1; v <= plan.versions; v++) {
        const frozen = v < plan.versions || ["decision", "implementation", "review"].includes(plan.stage);
        batch.compactVersion.push({
          id: id("v"), compactId, number: v, content: docs[v - 1], fingerprint: frozen ? fingerprints[v - 1] : null, frozenAt: frozen ? versionTimes[v - 1] : null, createdAt: compactCreated, updatedAt: versionTimes[v - 1],
        });
      }
      batch.participationEntry.push({
        id: id("pe"), compactId, stage: "formulation", level: "dialogue", methods: ["working_group", "hearing"], startDate: new Date(start + step), endDate: new Date(start + 2 * step),
        publicCount: 3 + Math.floor(rnd() * 10), civilCount: 5 + Math.floor(rnd() * 30), note: "", source: "manual", createdById: official.id, createdAt: new Date(start + 2 * step),
      });
      for (const v of plan.decided) {
        batch.decision.push({
          id: id("d"), compactId, versionNumber: v, fingerprint: fingerprints[v - 1], outcome: "approved", motivation: "Överenskommelsen stärker samverkan med civilsamhället.", body: "Kommunfullmäktige",
          caseNumber: `KS ${2024 + (i % 3)}/${100 + k * 17 + v}`, meetingDate: new Date(versionTimes[v - 1]!.getTime() - 2 * DAY), decidedById: politician.id, createdAt: versionTimes[v - 1],
        });
      }
      // Publications: decided ones when the decision was recorded; consultations a little before.
      plan.publications.forEach(([v, kind], n) => {
        const isLast = n === plan.publications.length - 1;
        const open = kind === "consultation" && isLast && plan.openRound;
        const publishedAt = open ? new Date(now.getTime() - (1 + Math.floor(rnd() * 20)) * DAY - n) : new Date(versionTimes[v - 1]!.getTime() - (kind === "consultation" ? 20 * DAY : 0) + n);
        const startsAt = kind === "consultation" ? (open && rnd() < 0.3 ? new Date(now.getTime() + 5 * DAY) : publishedAt) : null;
        const endsAt = kind === "consultation" ? new Date((startsAt ?? publishedAt).getTime() + (open ? 10 + Math.floor(rnd() * 40) : 30) * DAY) : null;
        batch.publication.push({
          id: id("p"), compactId, municipalityId, compactSlug, versionNumber: v, fingerprint: fingerprints[v - 1], kind, title, summary, content: docs[v - 1],
          consultationStartsAt: startsAt, consultationEndsAt: endsAt, publishedById: official.id, publishedAt,
        });
      });
      // Joinings once adopted: committees and organisations, most confirmed, one applied for.
      if (plan.decided.length) {
        const joiners = [...publicOrgs, ...civilOrgs].slice(0, 4 + Math.floor(rnd() * 8));
        joiners.forEach((org, n) => {
          const joinedOn = new Date(versionTimes[0]!.getTime() + (n + 1) * 7 * DAY);
          const pending = n === joiners.length - 1;
          batch.joining.push({
            id: id("j"), compactId, municipalityId, organisationId: org.id, joinedOn, evidence: `Styrelseprotokoll ${joinedOn.toISOString().slice(0, 10)} § ${n + 4}`,
            status: pending ? "pending" : "confirmed", appliedById: pending ? people[3]!.id : null, confirmedById: pending ? null : official.id, confirmedAt: pending ? null : joinedOn, createdAt: joinedOn, updatedAt: joinedOn,
          });
        });
      }
      // One comment round per version; the comments are spread over the rounds, a tenth are replies.
      const rounds = Array.from({ length: plan.versions }, (_, v) => {
        const closed = v < plan.versions - 1 || !plan.openRound;
        const roundId = id("r");
        const endsAt = closed ? new Date(versionTimes[v]!.getTime() - 5 * DAY) : new Date(now.getTime() + 20 * DAY);
        batch.commentRound.push({
          id: roundId, compactId, municipalityId, versionNumber: v + 1, audience: "municipality", endsAt, openedById: official.id,
          closedAt: closed ? endsAt : null, closedById: closed ? official.id : null, createdAt: new Date(versionTimes[v]!.getTime() - 40 * DAY),
        });
        return roundId;
      });
      const threads: string[] = [];
      for (let c = 0; c < size.commentsPerCompact; c++) {
        const v = Math.min(plan.versions, 1 + Math.floor((c * plan.versions) / size.commentsPerCompact));
        const author = writers[c % writers.length]!;
        const createdAt = new Date(versionTimes[v - 1]!.getTime() - (39 - (c % 30)) * DAY);
        const reply = threads.length > 0 && c % 10 === 9;
        const row = {
          id: id("k"), compactId, municipalityId, versionNumber: v, roundId: rounds[v - 1], parentId: reply ? threads[threads.length - 1] : null, authorId: author.id, organisationId: author.organisationId,
          sector: author.sector, scope: c % 3 === 0 ? "compact" : "section", quote: "", sectionTitle: c % 3 === 0 ? "" : SECTIONS[c % SECTIONS.length], body: COMMENT_BODIES[c % COMMENT_BODIES.length],
          joint: false, status: c % 4 === 0 ? "resolved" : "open", resolvedAt: c % 4 === 0 ? createdAt : null, createdAt, updatedAt: createdAt,
        };
        if (reply) batch.commentReply.push(row);
        else {
          batch.comment.push(row);
          threads.push(row.id as string);
        }
      }
    }
    yield batch;
  }
}
