import { linkifyPlainText } from "@/lib/domain/comments";

/**
 * A comment's text: plain text, with web addresses as links. Rendered as React text nodes, so markup a
 * user typed (<script>, onerror=…) shows as the characters it is and never runs.
 */
export function CommentBody({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words" data-testid="comment-body">
      {linkifyPlainText(text).map((piece, index) =>
        piece.kind === "link" ? (
          <a key={index} href={piece.href} rel="noopener noreferrer nofollow ugc" target="_blank" className="underline">
            {piece.text}
          </a>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
