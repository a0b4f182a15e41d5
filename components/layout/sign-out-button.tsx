"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { clearLocalDrafts } from "@/components/editor/local-drafts";

export function SignOutButton({ label }: { label: string }) {
  const onClick = async () => {
    // Offline copies of drafts stay in this browser otherwise, readable by the next person at it.
    await clearLocalDrafts().catch(() => 0);
    await signOut({ callbackUrl: "/" });
  };
  return (
    <Button variant="ghost" onClick={() => void onClick()}>
      {label}
    </Button>
  );
}
