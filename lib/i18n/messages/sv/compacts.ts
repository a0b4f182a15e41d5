export default {
  list: {
    title: "Överenskommelser",
    description: "Överenskommelser mellan kommunen och civilsamhället, från agenda till uppföljning.",
    empty: "Det finns inga överenskommelser ännu.",
    emptyHint: "En tjänsteperson kan starta en ny överenskommelse.",
    searchLabel: "Sök på titel",
    stageLabel: "Skede",
    version: "Version {number}",
    updated: "Uppdaterad {date}",
  },
  create: {
    title: "Ny överenskommelse",
    intro: "Överenskommelsen startar i agendaskedet. Där beskriver ni varför den behövs och vilka som bjuds in.",
    titleLabel: "Titel",
    summaryLabel: "Kort sammanfattning",
    submit: "Skapa överenskommelse",
  },
  detail: {
    stage: "Skede",
    version: "Version",
    text: "Text",
    emptyText: "Texten är ännu inte påbörjad.",
    summary: "Sammanfattning",
  },
  stages: {
    agenda: "Fastställande av agendan",
    formulation: "Formulering",
    decision: "Beslut",
    implementation: "Genomförande",
    review: "Granskning",
    reformulation: "Omformulering",
  },
};
