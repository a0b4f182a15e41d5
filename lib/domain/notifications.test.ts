import { describe, expect, it } from "vitest";
import {
  hiddenRecipients,
  isNotificationKind,
  replyRecipients,
  roundRecipients,
  signRequestRecipients,
  visibleBody,
  withoutActor,
  type Candidate,
} from "./notifications";

describe("who is notified", () => {
  it("never tells the actor about their own action, and nobody twice", () => {
    expect(
      withoutActor(
        [
          { userId: "a", kind: "reply" },
          { userId: "b", kind: "threadReply" },
          { userId: "b", kind: "threadReply" },
        ],
        "a",
      ),
    ).toEqual([{ userId: "b", kind: "threadReply" }]);
  });

  it.each([
    { name: "the author and the others in the thread", actor: "c", replies: ["b", "c", "b"], expected: [["a", "reply"], ["b", "threadReply"]] },
    { name: "nobody when the author replies in their own thread alone", actor: "a", replies: ["a"], expected: [] },
    { name: "the others, not the author, when the author replies", actor: "a", replies: ["b"], expected: [["b", "threadReply"]] },
    { name: "the author once even if they replied in the thread too", actor: "b", replies: ["a"], expected: [["a", "reply"]] },
  ])("a reply reaches $name", ({ actor, replies, expected }) => {
    expect(replyRecipients({ authorId: "a", replyAuthorIds: replies }, actor).map((r) => [r.userId, r.kind])).toEqual(expected);
  });

  const candidates: Candidate[] = [
    { userId: "civil-1", sector: "civil", mayTakePart: true },
    { userId: "civil-2", sector: "civil", mayTakePart: false },
    { userId: "public-1", sector: "public", mayTakePart: true },
    { userId: "public-2", sector: "public", mayTakePart: true },
    { userId: "public-3", sector: "public", mayTakePart: false },
  ];

  it("asks the other sector's members who may sign to sign a joint comment", () => {
    expect(signRequestRecipients(candidates, { userId: "civil-1", sector: "civil" }).map((r) => r.userId)).toEqual(["public-1", "public-2"]);
    expect(signRequestRecipients(candidates, { userId: "public-1", sector: "public" })).toEqual([{ userId: "civil-1", kind: "signRequest" }]);
  });

  it("tells a round's audience that it opened or closed, but not the official who did it", () => {
    expect(roundRecipients(candidates, "roundOpened", "public-1").map((r) => r.userId)).toEqual(["civil-1", "public-2"]);
    // A round that closed by its end date has no actor: everyone in the audience is told.
    expect(roundRecipients(candidates, "roundClosed", null).map((r) => r.userId)).toEqual(["civil-1", "public-1", "public-2"]);
  });

  it("tells the author of a hidden comment, unless the admin hid their own", () => {
    expect(hiddenRecipients("author", "admin")).toEqual([{ userId: "author", kind: "commentHidden" }]);
    expect(hiddenRecipients("admin", "admin")).toEqual([]);
  });

  it("knows its kinds", () => {
    expect(isNotificationKind("reply")).toBe(true);
    expect(isNotificationKind("spam")).toBe(false);
  });
});

describe("a hidden comment", () => {
  const comment = { authorId: "author", body: "Olämpliga ord" };
  it.each([
    { viewer: "author", hidden: true, shown: "Olämpliga ord" },
    { viewer: "someone", hidden: true, shown: "" },
    { viewer: null, hidden: true, shown: "" },
    { viewer: "someone", hidden: false, shown: "Olämpliga ord" },
  ])("shows $viewer its text? ($hidden hidden)", ({ viewer, hidden, shown }) => {
    expect(visibleBody(comment, hidden ? { reason: "Kränkande" } : null, viewer)).toBe(shown);
  });
});
