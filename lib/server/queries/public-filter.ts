import { z } from "zod";
import { STAGES } from "@/lib/domain/stages";

/** The portal's query string: anything unreadable is ignored rather than refused. */
export const publicFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  municipality: z.string().trim().max(80).regex(/^[a-z0-9-]*$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(20).default(20),
});

export function readPublicFilter(params: Record<string, string | string[] | undefined>) {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""));
  return publicFilterSchema.parse(single);
}
