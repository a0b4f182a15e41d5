"use client";
import { Tooltip } from "radix-ui";
import { useRef, useState } from "react";

/** The texts of one reached cell, already translated on the server. */
export type ReachedCellText = {
  /** The button's accessible name, e.g. "Uppnått: Formulering, Dialog". */
  label: string;
  /** First line of the details, e.g. "Formulering · Dialog". */
  heading: string;
  methodsLabel: string;
  methods: string[];
  publicCount: string;
  civilCount: string;
};

/**
 * The button in a reached cell of the participation matrix, with its details (methods, participants)
 * on hover and keyboard focus. Screen readers get the details as the button's description. A tap on
 * a touch screen also opens them, which a plain tooltip would not.
 */
export function ReachedCell({ label, heading, methodsLabel, methods, publicCount, civilCount }: ReachedCellText) {
  const [open, setOpen] = useState(false);
  const pointerType = useRef("");
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger
          type="button"
          className="flex min-h-10 w-full min-w-10 items-center justify-center rounded-md bg-brand text-lg font-bold text-white hover:bg-brand-dark"
          onPointerDown={(event) => {
            pointerType.current = event.pointerType;
          }}
          onClick={(event) => {
            if (pointerType.current !== "touch") return;
            // Stops Radix closing the tooltip on click, which is what a tap is.
            event.preventDefault();
            setOpen(true);
          }}
        >
          <span aria-hidden="true">✓</span>
          <span className="sr-only">{label}</span>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            side="top"
            sideOffset={6}
            collisionPadding={8}
            className="z-50 max-w-[min(20rem,calc(100vw-1rem))] rounded-md border border-line bg-white p-3 text-left text-sm text-ink shadow-lg"
          >
            <p className="font-semibold">{heading}</p>
            {methods.length > 0 && (
              <>
                <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-muted">{methodsLabel}</p>
                <ul className="list-disc pl-5">
                  {methods.map((method) => (
                    <li key={method}>{method}</li>
                  ))}
                </ul>
              </>
            )}
            <ul className="mt-2 space-y-0.5">
              <li className="flex items-start gap-1.5">
                <span aria-hidden="true" className="text-public">
                  ▣
                </span>
                {publicCount}
              </li>
              <li className="flex items-start gap-1.5">
                <span aria-hidden="true" className="text-civil">
                  ●
                </span>
                {civilCount}
              </li>
            </ul>
            <Tooltip.Arrow className="fill-white" width={12} height={6} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
