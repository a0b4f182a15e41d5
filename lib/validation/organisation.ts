import { z } from "zod";
import { InvalidInputError } from "@/lib/domain/errors";
import { ORGANISATION_KINDS, SECTORS } from "@/lib/domain/roles";
import { idSchema, optionalText, requiredText } from "./common";

export const organisationSchema = z.object({
  name: requiredText(160),
  sector: z.enum(SECTORS, { error: "errors.field.sector" }),
  kind: z.enum(ORGANISATION_KINDS, { error: "errors.field.kind" }),
  description: optionalText(2000),
});
export type OrganisationInput = z.infer<typeof organisationSchema>;

export const createOrganisationSchema = organisationSchema;
export type CreateOrganisationInput = OrganisationInput;

export const updateOrganisationSchema = organisationSchema.extend({ id: idSchema });
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;

/** The refusal when another organisation of the municipality already has the name. */
export function organisationNameTaken(): InvalidInputError {
  return new InvalidInputError("errors.invalid", { name: ["errors.organisation.nameTaken"] });
}
