import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/server/public-metadata";
import { ROBOTS_ALLOWED_PATHS, ROBOTS_DISALLOWED_PATHS } from "@/lib/domain/crawling";

export const dynamic = "force-dynamic";

/** /robots.txt: the portal and the open-data API may be crawled; member areas and forms may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: [...ROBOTS_ALLOWED_PATHS], disallow: [...ROBOTS_DISALLOWED_PATHS] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
