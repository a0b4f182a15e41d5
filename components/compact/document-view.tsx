import type { ReactNode } from "react";

type Mark = { type: string; attrs?: Record<string, unknown> };
type DocNode = { type: string; text?: string; attrs?: Record<string, unknown>; content?: DocNode[]; marks?: Mark[] };

/**
 * Renders the editor's document JSON as React elements on the server. Text only ever becomes text
 * nodes and unknown node types are dropped, so nothing stored can inject markup or script.
 */
export function DocumentView({ doc }: { doc: unknown }) {
  const root = doc as DocNode | null;
  if (!root || root.type !== "doc" || !Array.isArray(root.content)) return null;
  return <div className="prose-compact space-y-3">{renderChildren(root.content)}</div>;
}

function renderChildren(nodes: DocNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => renderNode(node, index));
}

function renderNode(node: DocNode, key: number): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p key={key}>{renderChildren(node.content)}</p>;
    case "heading": {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4);
      const Tag = `h${level}` as "h2" | "h3" | "h4";
      const size = level === 2 ? "text-xl" : level === 3 ? "text-lg" : "text-base";
      return (
        <Tag key={key} className={`${size} mt-6 font-semibold`}>
          {renderChildren(node.content)}
        </Tag>
      );
    }
    case "bulletList":
      return <ul key={key} className="list-disc space-y-1 pl-6">{renderChildren(node.content)}</ul>;
    case "orderedList": {
      const start = typeof node.attrs?.start === "number" && node.attrs.start > 1 ? node.attrs.start : undefined;
      return <ol key={key} start={start} className="list-decimal space-y-1 pl-6">{renderChildren(node.content)}</ol>;
    }
    case "listItem":
      return <li key={key}>{renderChildren(node.content)}</li>;
    case "blockquote":
      return <blockquote key={key} className="border-l-4 border-line pl-4 text-muted">{renderChildren(node.content)}</blockquote>;
    case "table":
      return (
        <div key={key} className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <tbody>{renderChildren(node.content)}</tbody>
          </table>
        </div>
      );
    case "tableRow":
      return <tr key={key}>{renderChildren(node.content)}</tr>;
    case "tableHeader":
    case "tableCell": {
      const Cell = node.type === "tableHeader" ? "th" : "td";
      const span = (value: unknown) => (typeof value === "number" && value > 1 && value <= 1000 ? value : undefined);
      return (
        <Cell key={key} colSpan={span(node.attrs?.colspan)} rowSpan={span(node.attrs?.rowspan)} className={`border border-line p-2 align-top ${node.type === "tableHeader" ? "bg-surface font-semibold" : ""}`}>
          {renderChildren(node.content)}
        </Cell>
      );
    }
    case "hardBreak":
      return <br key={key} />;
    case "text":
      return renderText(node, key);
    default:
      return null;
  }
}

function renderText(node: DocNode, key: number): ReactNode {
  let element: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") element = <strong>{element}</strong>;
    else if (mark.type === "italic") element = <em>{element}</em>;
    else if (mark.type === "link" && typeof mark.attrs?.href === "string" && /^(https?:|mailto:)/i.test(mark.attrs.href)) {
      element = (
        <a href={mark.attrs.href} rel="noopener noreferrer nofollow">
          {element}
        </a>
      );
    }
  }
  return <span key={key}>{element}</span>;
}
