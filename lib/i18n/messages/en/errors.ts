export default {
  unauthenticated: "You need to sign in to do that.",
  forbidden: "You are not allowed to do that.",
  not_found: "What you are looking for does not exist, or you may not see it.",
  conflict: "Someone else changed this in the meantime. Reload the page and try again.",
  invalid: "Something in the form needs correcting. See the marks below.",
  rate_limited: "Too many attempts. Wait a while and try again.",
  unexpected: "Something went wrong on our side. Please try again shortly; the error has been logged.",
  field: {
    required: "This field is required.",
    tooLong: "The text is too long.",
    email: "Enter a valid e-mail address.",
    role: "Choose a role from the list.",
    sector: "Choose a sector from the list.",
    kind: "Choose a kind of organisation from the list.",
    locale: "Choose a language from the list.",
  },
  password: {
    tooShort: "The password must be at least 10 characters long.",
    mismatch: "The passwords do not match.",
  },
  signIn: {
    invalid: "Wrong e-mail address or password.",
    rateLimited: "Too many failed sign-ins. Wait 15 minutes and try again, or reset your password.",
  },
  token: {
    unknown: "The link is not valid. Check that you copied the whole link.",
    used: "The link has already been used.",
    expired: "The link has expired. Ask for a new one.",
    valid: "The link is valid.",
  },
  user: {
    emailTaken: "There is already an account with that e-mail address.",
    roleSector: "The role does not fit the organisation's sector: association representatives belong to civil society, officials and elected representatives to the public sector.",
    notSelf: "You cannot change your own account here.",
  },
  organisation: {
    nameTaken: "There is already an organisation with that name.",
    sectorHasMembers: "The sector cannot change while the organisation has members with roles in its current sector.",
  },
  notFoundPage: {
    title: "Page not found",
    body: "The address may be misspelt, or the page has moved. You may also lack permission to see it.",
    home: "Go to the home page",
  },
  errorPage: {
    title: "Something went wrong",
    body: "An unexpected error occurred. It has been logged. Try again, or go to the home page.",
    retry: "Try again",
  },
  forbiddenPage: {
    title: "Not allowed",
    body: "Your account is not allowed to see this page.",
  },
};
