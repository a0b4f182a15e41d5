export default {
  title: "Lokala överenskommelser mellan kommun och civilsamhälle",
  intro: "Överens följer en överenskommelse genom hela policycykeln: agenda, formulering, beslut, genomförande, granskning och omformulering. I varje skede syns hur civilsamhället deltog och hur texten står sig mot de sex principerna.",
  published: "Publicerade överenskommelser",
  noPublished: "Inga överenskommelser är publicerade ännu.",
  noPublishedHint: "När en överenskommelse har beslutats publiceras den här, läsbar för alla utan inloggning.",
  consultations: "Öppna och kommande samråd",
  consultationUntil: "{municipality}, samråd till {date}",
  consultationOpenEnded: "{municipality}, samråd utan slutdatum",
  forMembers: "För er som arbetar med överenskommelsen",
  forMembersBody: "Tjänstepersoner och föreningsföreträdare skriver tillsammans; förtroendevalda fattar beslut.",
  goToCompacts: "Till överenskommelserna",
  welcome: "Välkommen, {name}",
};
