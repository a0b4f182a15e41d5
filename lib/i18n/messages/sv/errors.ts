export default {
  unauthenticated: "Du behöver logga in för att göra det.",
  forbidden: "Du har inte behörighet att göra det.",
  not_found: "Det du letar efter finns inte, eller så saknar du behörighet att se det.",
  conflict: "Någon annan har ändrat detta under tiden. Ladda om sidan och försök igen.",
  invalid: "Något i formuläret behöver rättas. Se markeringarna nedan.",
  rate_limited: "För många försök. Vänta en stund och försök igen.",
  unexpected: "Något gick fel hos oss. Försök igen om en stund; felet har loggats.",
  field: {
    required: "Fältet måste fyllas i.",
    tooLong: "Texten är för lång.",
    email: "Ange en giltig e-postadress.",
    role: "Välj en roll i listan.",
    sector: "Välj en sektor i listan.",
    kind: "Välj en organisationstyp i listan.",
    locale: "Välj ett språk i listan.",
  },
  password: {
    tooShort: "Lösenordet måste ha minst 10 tecken.",
    mismatch: "Lösenorden stämmer inte överens.",
  },
  signIn: {
    invalid: "Fel e-postadress eller lösenord.",
    rateLimited: "För många misslyckade inloggningar. Vänta 15 minuter och försök igen, eller återställ lösenordet.",
  },
  token: {
    unknown: "Länken är ogiltig. Kontrollera att du kopierat hela länken.",
    used: "Länken har redan använts.",
    expired: "Länken har gått ut. Be om en ny.",
    valid: "Länken är giltig.",
  },
  user: {
    emailTaken: "Det finns redan ett konto med den e-postadressen.",
    roleSector: "Rollen passar inte organisationens sektor: föreningsföreträdare hör till civilsamhället, tjänstepersoner och förtroendevalda till offentlig sektor.",
    notSelf: "Du kan inte ändra ditt eget konto här.",
  },
  organisation: {
    nameTaken: "Det finns redan en organisation med det namnet.",
    sectorHasMembers: "Sektorn kan inte ändras medan organisationen har medlemmar med roller i den nuvarande sektorn.",
  },
  notFoundPage: {
    title: "Sidan finns inte",
    body: "Adressen kan vara felstavad, eller så har sidan flyttats. Det kan också vara så att du saknar behörighet att se den.",
    home: "Till startsidan",
  },
  errorPage: {
    title: "Något gick fel",
    body: "Ett oväntat fel inträffade. Det har loggats. Försök igen, eller gå till startsidan.",
    retry: "Försök igen",
  },
  forbiddenPage: {
    title: "Ingen behörighet",
    body: "Ditt konto har inte behörighet att se den här sidan.",
  },
};
