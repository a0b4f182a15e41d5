export default {
  title: "Local compacts between a municipality and civil society",
  intro: "Överens follows a compact through the whole policy cycle: agenda, formulation, decision, implementation, review and reformulation. At every stage you can see how civil society took part and how the text measures up to the six principles.",
  published: "Published compacts",
  noPublished: "No compacts have been published yet.",
  noPublishedHint: "Once a compact has been decided it is published here, readable by everyone without signing in.",
  consultations: "Open and upcoming consultations",
  consultationUntil: "{municipality}, consultation until {date}",
  consultationOpenEnded: "{municipality}, consultation with no end date",
  forMembers: "For those working on the compact",
  forMembersBody: "Officials and association representatives write together; elected representatives decide.",
  goToCompacts: "Go to the compacts",
  welcome: "Welcome, {name}",
};
