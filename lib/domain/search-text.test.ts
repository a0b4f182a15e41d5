import { describe, expect, it } from "vitest";
import { foldSearchText } from "./search-text";

describe("foldSearchText", () => {
  it("folds ASCII and Swedish capitals like the database triggers, and trims", () => {
    expect(foldSearchText("  ÖREBRO Ängar Åsa Émile Über ")).toBe("örebro ängar åsa émile über");
  });
  it("leaves other letters as they are (the databases do too)", () => {
    expect(foldSearchText("ØRE 123 ß")).toBe("Øre 123 ß");
  });
});
