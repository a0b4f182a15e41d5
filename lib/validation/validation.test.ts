import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { setPasswordSchema, signInSchema } from "./auth";
import { inviteUserSchema, setUserActiveSchema } from "./user";
import { organisationSchema } from "./organisation";
import { municipalitySettingsSchema } from "./municipality";
import { changeStageSchema, createCompactSchema } from "./compact";
import { parseInput } from "./common";
import { InvalidInputError } from "@/lib/domain/errors";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("invite user", () => {
  it("normalises the e-mail address", () => {
    const parsed = inviteUserSchema.parse({ email: "  Tove@Sjoberga.SE ", name: "Tove", organisationId: "o1", role: "official" });
    expect(parsed.email).toBe("tove@sjoberga.se");
  });
  it("reports every bad field with a translation key", () => {
    const result = inviteUserSchema.safeParse({ email: "nope", name: " ", organisationId: "", role: "king" });
    expect(errorsOf(result)).toEqual({
      email: "errors.field.email",
      name: "errors.field.required",
      organisationId: "errors.field.required",
      role: "errors.field.role",
    });
  });
});

describe("passwords", () => {
  it("needs 10 characters and a matching confirmation", () => {
    const token = "t".repeat(43);
    expect(errorsOf(setPasswordSchema.safeParse({ token, password: "kort", confirm: "kort" }))).toEqual({ password: "errors.password.tooShort" });
    expect(errorsOf(setPasswordSchema.safeParse({ token, password: "tillräckligt lång", confirm: "annat" }))).toEqual({ confirm: "errors.password.mismatch" });
    expect(setPasswordSchema.safeParse({ token, password: "tillräckligt lång", confirm: "tillräckligt lång" }).success).toBe(true);
  });
  it("sign-in accepts any non-empty password and a valid address", () => {
    expect(signInSchema.safeParse({ email: "a@b.se", password: "x" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "a@b.se", password: "" }).success).toBe(false);
  });
});

describe("organisation, settings, compact", () => {
  it("accepts only known sectors and kinds", () => {
    expect(organisationSchema.safeParse({ name: "IK Sjöberga", sector: "civil", kind: "association" }).success).toBe(true);
    expect(errorsOf(organisationSchema.safeParse({ name: "X", sector: "private", kind: "club" }))).toEqual({
      sector: "errors.field.sector",
      kind: "errors.field.kind",
    });
  });
  it("limits lengths", () => {
    expect(errorsOf(createCompactSchema.safeParse({ title: "x".repeat(201) }))).toEqual({ title: "errors.field.tooLong" });
    expect(errorsOf(municipalitySettingsSchema.safeParse({ name: "Sjöberga", defaultLocale: "de" }))).toEqual({ defaultLocale: "errors.field.locale" });
  });
  it("lets the stage buttons ask only for an official's moves: a rejection is recorded with the decision", () => {
    for (const kind of ["advance", "new_round", "return"]) expect(changeStageSchema.safeParse({ compactId: "c1", kind, expectedRevision: "3" }).success).toBe(true);
    expect(errorsOf(changeStageSchema.safeParse({ compactId: "c1", kind: "rejected", expectedRevision: "3" }))).toEqual({ kind: "errors.invalid" });
  });
  it("reads the active flag from a form value", () => {
    expect(setUserActiveSchema.parse({ userId: "u", active: "false" }).active).toBe(false);
    expect(setUserActiveSchema.safeParse({ userId: "u", active: "maybe" }).success).toBe(false);
  });
});

describe("parseInput", () => {
  it("throws an InvalidInputError with field errors", () => {
    try {
      parseInput(createCompactSchema, { title: "" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).fieldErrors).toEqual({ title: ["errors.field.required"] });
    }
  });
  it("never throws anything but InvalidInputError, whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseInput(inviteUserSchema, input);
        } catch (error) {
          return error instanceof InvalidInputError;
        }
        return true;
      }),
    );
  });
});
