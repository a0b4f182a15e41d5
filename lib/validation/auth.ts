import { z } from "zod";
import { emailSchema, idSchema } from "./common";

export const PASSWORD_MIN_LENGTH = 10;

export const passwordSchema = z
  .string({ error: "errors.field.required" })
  .min(PASSWORD_MIN_LENGTH, { error: "errors.password.tooShort" })
  .max(200, { error: "errors.field.tooLong" });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "errors.field.required" }).max(200, { error: "errors.field.tooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Setting a password from an invitation or a reset link. */
export const setPasswordSchema = z
  .object({
    token: z.string().min(20).max(100),
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    error: "errors.password.mismatch",
    path: ["confirm"],
  });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const requestPasswordResetSchema = z.object({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

export { idSchema };
