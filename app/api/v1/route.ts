import { publicJson } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

/** The open-data API's index: what there is, in one place. All of it is public and cacheable. */
export const GET = defineRoute(
  async (_actor, request) => {
    return publicJson(request, {
      name: "Överens open data",
      version: 1,
      endpoints: {
        municipalities: "/api/v1/municipalities",
        compacts: "/api/v1/compacts?municipality=&stage=&q=&page=&pageSize=",
        compact: "/api/v1/compacts/{municipality}/{compact}",
        version: "/api/v1/versions/{id}",
        decisions: "/api/v1/decisions?municipality=&page=&pageSize=",
        joinings: "/api/v1/joinings?municipality=&page=&pageSize=",
        joiningsCsv: "/api/v1/joinings.csv?municipality=",
        feed: "/api/v1/feed",
      },
    });
  },
  { actor: false },
);
