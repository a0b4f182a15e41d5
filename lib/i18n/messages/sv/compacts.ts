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
};
