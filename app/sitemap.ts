import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/server/public-metadata";
import { listSitemapEntries } from "@/lib/server/queries/sitemap";

// Read from the database on each request: a publication must appear without a rebuild.
export const dynamic = "force-dynamic";

/** /sitemap.xml: the portal, the municipalities with published compacts and every published compact. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await listSitemapEntries()).map((entry) => ({ url: absoluteUrl(entry.path), ...(entry.lastModified ? { lastModified: entry.lastModified } : {}) }));
}
