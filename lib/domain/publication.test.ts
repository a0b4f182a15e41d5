import { describe, expect, it } from "vitest";
import { csvField, effectOfApproval, isPdf, pageWindow, publicCompactPath, summariseJoinings, tallyApprovals, type ApprovalFact } from "./publication";

const fp = "a".repeat(64);
const approve = (politicianId: string, fingerprint = fp): ApprovalFact => ({ politicianId, outcome: "approved", fingerprint });

describe("tallyApprovals", () => {
  it("needs one approval in single mode", () => {
    expect(tallyApprovals({ mode: "single", approvalsRequired: 3 }, [approve("p1")], fp).complete).toBe(true);
  });

  it("needs N distinct politicians in approvals mode, on the same fingerprint", () => {
    const rule = { mode: "approvals", approvalsRequired: 3 } as const;
    expect(tallyApprovals(rule, [approve("p1"), approve("p2")], fp)).toMatchObject({ approvals: 2, required: 3, complete: false });
    expect(tallyApprovals(rule, [approve("p1"), approve("p1"), approve("p2")], fp).complete).toBe(false);
    expect(tallyApprovals(rule, [approve("p1"), approve("p2"), approve("p3", "b".repeat(64))], fp).complete).toBe(false);
    expect(tallyApprovals(rule, [approve("p1"), approve("p2"), approve("p3")], fp).complete).toBe(true);
  });

  it("tells what one more approval does", () => {
    const rule = { mode: "approvals", approvalsRequired: 2 } as const;
    expect(effectOfApproval(rule, [], approve("p1"))).toBe("counted");
    expect(effectOfApproval(rule, [approve("p1")], approve("p2"))).toBe("decided_approved");
    expect(effectOfApproval(rule, [approve("p1")], { politicianId: "p2", outcome: "rejected", fingerprint: fp })).toBe("decided_rejected");
    expect(effectOfApproval({ mode: "single", approvalsRequired: 5 }, [], approve("p1"))).toBe("decided_approved");
  });
});

describe("publication helpers", () => {
  it("builds the public address", () => {
    expect(publicCompactPath("sjoberga", "fritid-2027")).toBe("/sjoberga/fritid-2027");
  });

  it("summarises joinings by sector and kind", () => {
    expect(summariseJoinings([{ sector: "civil", kind: "association" }, { sector: "civil", kind: "umbrella" }, { sector: "public", kind: "committee" }])).toEqual({
      total: 3,
      bySector: { civil: 2, public: 1 },
      byKind: { association: 1, umbrella: 1, committee: 1 },
    });
  });

  it("clamps pages into range", () => {
    expect(pageWindow(1, 20, 0)).toEqual({ page: 1, pageSize: 20, skip: 0, pages: 1, total: 0 });
    expect(pageWindow(3, 20, 45)).toMatchObject({ page: 3, skip: 40, pages: 3 });
    expect(pageWindow(99, 20, 45).page).toBe(3);
    expect(pageWindow(-4, 20, 45).page).toBe(1);
    expect(pageWindow(Number.NaN, 20, 45).page).toBe(1);
  });

  it("recognises a PDF by its first bytes", () => {
    expect(isPdf(new TextEncoder().encode("%PDF-1.7\n"))).toBe(true);
    expect(isPdf(new TextEncoder().encode("<html>"))).toBe(false);
  });

  it("quotes and defuses CSV fields", () => {
    expect(csvField("Föreningen Grannstöd")).toBe("Föreningen Grannstöd");
    expect(csvField('Säg "hej", sa hon')).toBe('"Säg ""hej"", sa hon"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
  });
});

describe("the public page cache policy", () => {
  it("treats the portal, municipality and compact pages as public, member pages not", async () => {
    const { isPublicPagePath, hasSessionCookie } = await import("./publication");
    for (const path of ["/", "/portal", "/sjoberga", "/sjoberga/fritid", "/sjoberga/fritid/compare"]) expect(isPublicPagePath(path)).toBe(true);
    for (const path of ["/compacts", "/compacts/abc", "/admin/settings", "/api/v1/compacts", "/sjoberga/fritid/pdf", "/sign-in", "/favicon.ico", "/a/b/c/d"]) expect(isPublicPagePath(path)).toBe(false);
    expect(hasSessionCookie(["next-auth.csrf-token", "next-auth.session-token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-next-auth.session-token.0"])).toBe(true);
    expect(hasSessionCookie(["next-auth.csrf-token", "locale"])).toBe(false);
  });
});
