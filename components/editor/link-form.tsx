"use client";
import { useId, useState, type FormEvent } from "react";
import type { Editor } from "@tiptap/react";
import { useT } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

const SAFE_LINK = /^(https?:\/\/|mailto:)\S+$/i;

/** Adds, changes or removes the link on the selected text. Only web and e-mail addresses. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const [href, setHref] = useState(() => (editor.getAttributes("link").href as string | undefined) ?? "https://");
  const [error, setError] = useState(false);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = href.trim();
    if (!SAFE_LINK.test(value)) {
      setError(true);
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: value }).run();
    onClose();
  }

  return (
    <form onSubmit={submit} onKeyDown={(event) => event.key === "Escape" && close()} className="flex flex-wrap items-end gap-2 border-t border-line p-2">
      <div className="flex flex-col">
        <label htmlFor={`${id}-href`} className="text-sm font-medium">
          {t("editor.link.label")}
        </label>
        <input
          id={`${id}-href`}
          type="url"
          autoFocus
          value={href}
          onChange={(event) => {
            setHref(event.target.value);
            setError(false);
          }}
          aria-invalid={error}
          aria-describedby={`${id}-hint`}
          className="min-h-10 w-72 rounded border border-line px-2"
        />
        <span id={`${id}-hint`} className={error ? "text-sm text-danger" : "text-sm text-muted"}>
          {error ? t("editor.link.invalid") : t("editor.link.hint")}
        </span>
      </div>
      <Button type="submit">{t("editor.link.apply")}</Button>
      <Button
        variant="secondary"
        onClick={() => {
          editor.chain().focus().extendMarkRange("link").unsetLink().run();
          onClose();
        }}
      >
        {t("editor.link.remove")}
      </Button>
      <Button variant="ghost" onClick={close}>
        {t("editor.link.cancel")}
      </Button>
    </form>
  );
}
