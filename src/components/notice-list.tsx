interface NoticeListProps {
  notices: readonly { id: number; text: string }[];
  onDismiss: (id: number) => void;
}

/** Small dismissible notices (e.g. parts of a link that were ignored). */
export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-1 empty:hidden">
      {notices.map((n) => (
        <p
          key={n.id}
          className="flex items-start justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <span className="min-w-0 break-words">{n.text}</span>
          <button
            type="button"
            onClick={() => onDismiss(n.id)}
            aria-label="Dismiss notice"
            className="shrink-0 rounded px-1 leading-none focus-visible:outline-2 focus-visible:outline-sky-600"
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
