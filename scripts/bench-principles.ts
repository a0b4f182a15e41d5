/**
 * How long the six-principles check takes on compacts of growing length. The check runs on every
 * load of a compact (the lifecycle gate is part of its state), inside the transaction of every
 * change, so it must stay well below the time of a database round trip for a realistic text.
 *
 *   npm run bench:principles
 */
import { performance } from "node:perf_hooks";
import { plainTextToDoc } from "../lib/domain/document";
import { checkPrinciples } from "../lib/domain/principles/check";

/** A section in the style of a Swedish local compact; repeated to make longer texts. */
const SECTION = [
  "# Parter och anslutning",
  "Parter är kommunen och de föreningar och idéburna organisationer som ansluter sig. En organisation ansluter sig genom ett styrelsebeslut som skickas till kommunen.",
  "# Principer",
  "Föreningarna är självständiga och har rätt att kritisera kommunen utan att stödet påverkas. Kommunen respekterar civilsamhällets oberoende.",
  "# Åtaganden",
  "Kommunen ska ge föreningarna förutsägbara villkor och tillgång till lokaler. Lokaler ska göras tillgängliga kvällstid. Föreningarna bidrar med kunskap om lokala behov, t.ex. bland unga och äldre.",
  "# Dialog och uppföljning",
  "Ett samverkansråd med företrädare för båda sektorerna träffas fyra gånger per år. Åtagandena följs upp varje år och minnesanteckningarna publiceras på kommunens webbplats.",
  "Överenskommelsen gäller 2027–2030 och ses över vart tredje år.",
].join("\n");

function timeCheck(sections: number, runs: number) {
  const doc = plainTextToDoc(Array.from({ length: sections }, () => SECTION).join("\n"));
  const input = { doc, organisations: [], participation: [] };
  checkPrinciples(input); // first run compiles the patterns
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    checkPrinciples(input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  // A repeated load of the same compact only builds the memo key (lib/server/services/principles).
  const keyStart = performance.now();
  for (let i = 0; i < 10; i++) JSON.stringify([input, {}]);
  const memoHit = (performance.now() - keyStart) / 10;
  return { chars: SECTION.length * sections, sentences: sections * 12, median: pick(0.5), p95: pick(0.95), memoHit };
}

const coldStart = performance.now();
checkPrinciples({ doc: plainTextToDoc(SECTION), organisations: [], participation: [] });
console.log(`first check in a fresh process (compiles every pattern): ${(performance.now() - coldStart).toFixed(1)} ms`);
console.log("sections  characters  ≈sentences  median ms  p95 ms  memo hit ms");
for (const sections of [1, 10, 50, 200]) {
  const r = timeCheck(sections, sections >= 200 ? 20 : 100);
  console.log(`${String(sections).padStart(8)}  ${String(r.chars).padStart(10)}  ${String(r.sentences).padStart(10)}  ${r.median.toFixed(2).padStart(9)}  ${r.p95.toFixed(2).padStart(6)}  ${r.memoHit.toFixed(2).padStart(11)}`);
}
