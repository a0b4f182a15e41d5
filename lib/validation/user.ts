import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { emailSchema, idSchema, requiredText } from "./common";

export const roleSchema = z.enum(ROLES, { error: "errors.field.role" });

export const inviteUserSchema = z.object({
  email: emailSchema,
  name: requiredText(120),
  organisationId: idSchema,
  role: roleSchema,
});
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

export const changeRoleSchema = z.object({ userId: idSchema, role: roleSchema });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setUserActiveSchema = z.object({
  userId: idSchema,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;
