export default {
  list: {
    title: "Compacts",
    description: "Compacts between the municipality and civil society, from agenda to review.",
    empty: "There are no compacts yet.",
    emptyHint: "An official can start a new compact.",
    searchLabel: "Search by title",
    stageLabel: "Stage",
    version: "Version {number}",
    updated: "Updated {date}",
  },
  create: {
    title: "New compact",
    intro: "The compact starts in the agenda stage, where you describe why it is needed and who is invited.",
    titleLabel: "Title",
    summaryLabel: "Short summary",
    submit: "Create compact",
  },
};
