import type { OrganisationKind, Role, Sector } from "@/lib/domain/roles";

/** The password of every demo account; shown on the sign-in page while the demo seed is active. */
export const DEMO_PASSWORD = "overens-demo-2026";
export const DEMO_EMAIL_DOMAIN = "demo.overens.se";

export const DEMO_MUNICIPALITY = { slug: "sjoberga", name: "Sjöberga", logoText: "kommun", defaultLocale: "sv" };

export const DEMO_ORGANISATIONS: { key: string; name: string; sector: Sector; kind: OrganisationKind; description: string }[] = [
  { key: "ks", name: "Kommunstyrelsen", sector: "public", kind: "committee", description: "Kommunens ledande politiska organ." },
  { key: "kff", name: "Kultur- och fritidsförvaltningen", sector: "public", kind: "committee", description: "Samordnar kommunens arbete med föreningslivet." },
  { key: "grannstod", name: "Föreningen Grannstöd", sector: "civil", kind: "association", description: "Grannskapsnätverk för äldre och nyanlända i centrala Sjöberga." },
  { key: "idrott", name: "Sjöberga Idrottsallians", sector: "civil", kind: "umbrella", description: "Paraplyorganisation för kommunens 42 idrottsföreningar." },
  { key: "ljusglimten", name: "Stiftelsen Ljusglimten", sector: "civil", kind: "foundation", description: "Stödverksamhet för barn och unga i utsatta situationer." },
  { key: "forsamling", name: "Sjöberga församling", sector: "civil", kind: "faith", description: "Diakoni, samtalsstöd och öppen verksamhet." },
  { key: "handerna", name: "Kooperativet Gröna Händer", sector: "civil", kind: "cooperative", description: "Arbetsintegrerande socialt företag med odling och café." },
  { key: "folkbildarna", name: "Studieförbundet Folkbildarna", sector: "civil", kind: "other", description: "Folkbildning, studiecirklar och kultur." },
];

export const DEMO_USERS: { email: string; name: string; role: Role; organisation: string }[] = [
  { email: `admin@${DEMO_EMAIL_DOMAIN}`, name: "Alva Admin", role: "admin", organisation: "ks" },
  { email: `tjansteperson@${DEMO_EMAIL_DOMAIN}`, name: "Tove Lindqvist", role: "official", organisation: "kff" },
  { email: `forening@${DEMO_EMAIL_DOMAIN}`, name: "Farid Haddad", role: "association_rep", organisation: "grannstod" },
  { email: `idrott@${DEMO_EMAIL_DOMAIN}`, name: "Ingrid Berg", role: "association_rep", organisation: "idrott" },
  { email: `politiker@${DEMO_EMAIL_DOMAIN}`, name: "Per Ekström", role: "politician", organisation: "ks" },
];

const heading = (text: string, level = 2) => ({ type: "heading", attrs: { level }, content: [{ type: "text", text }] });
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const bullets = (items: string[]) => ({
  type: "bulletList",
  content: items.map((text) => ({ type: "listItem", content: [paragraph(text)] })),
});

export const DEMO_COMPACT = {
  slug: "overenskommelse-2027-2030",
  title: "Överenskommelse mellan Sjöberga kommun och den idéburna sektorn 2027–2030",
  summary:
    "Ett första utkast till en lokal överenskommelse om hur kommunen och föreningslivet ska samverka, bygga på de sex principerna och följa upp arbetet varje år.",
  agenda: {
    why: "Samverkan mellan kommunen och föreningarna sker i dag i enskilda projekt och beror på personer. Vi vill ha gemensamma spelregler som håller över tid.",
    issues: [
      "Långsiktiga villkor och förutsägbar finansiering för föreningslivet",
      "Tillgång till lokaler",
      "Ett återkommande dialogforum mellan kommunen och föreningarna",
      "Hur vi följer upp det vi lovar varandra",
    ],
    invited: [
      "Alla föreningar och idéburna organisationer i Sjöberga",
      "Sjöberga Idrottsallians och Sjöberga församling som sammankallande",
    ],
  },
  content: {
    type: "doc",
    content: [
      heading("1. Bakgrund och syfte"),
      paragraph(
        "Sjöberga kommun och den idéburna sektorn har länge samarbetat, men utan gemensamma spelregler. Denna överenskommelse ska tydliggöra hur parterna ska samverka för ett livskraftigt civilsamhälle och en god samhällsutveckling.",
      ),
      heading("2. Parter och anslutning"),
      paragraph(
        "Parter är Sjöberga kommun och de föreningar och idéburna organisationer som ansluter sig. En organisation ansluter genom ett styrelsebeslut som skickas till kommunen.",
      ),
      heading("3. Principer"),
      bullets([
        "Självständighet och oberoende",
        "Dialog",
        "Kvalitet",
        "Långsiktighet",
        "Öppenhet och insyn",
        "Mångfald",
      ]),
      heading("4. Åtaganden"),
      paragraph("Under arbetet med formuleringen beskriver parterna vad kommunen, civilsamhället och båda tillsammans åtar sig."),
      heading("5. Uppföljning"),
      paragraph("Överenskommelsen följs upp vid ett årligt dialogforum där båda sektorerna deltar."),
    ],
  },
};
