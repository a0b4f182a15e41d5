import { z } from "zod";
import { optionalText, requiredText } from "./common";

export const createCompactSchema = z.object({
  title: requiredText(200),
  summary: optionalText(2000),
});
export type CreateCompactInput = z.infer<typeof createCompactSchema>;
