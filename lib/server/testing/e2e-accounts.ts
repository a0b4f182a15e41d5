// No imports: the Playwright specs read these names too, outside the server.

/** The browser tests' second municipality: its own people, so a spec may change its settings alone. */
export const E2E_MUNICIPALITY = { slug: "grannby", name: "Grannby", logoText: "kommun", defaultLocale: "sv" } as const;

/** Accounts of Grannby (password: the demo password). Not on the demo domain, so the sign-in page does not list them. */
export const E2E_MUNICIPALITY_USERS = {
  admin: "admin@grannby.e2e.test",
  official: "tjansteperson@grannby.e2e.test",
  association_rep: "forening@grannby.e2e.test",
  politician: "politiker1@grannby.e2e.test",
  politician_2: "politiker2@grannby.e2e.test",
  /** Only the sessions spec signs in with this one: it ends all of its sessions. */
  sessions: "sessioner@grannby.e2e.test",
} as const;
