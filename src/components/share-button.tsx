import { useState } from 'react';
import { Button } from './button.tsx';

interface ShareButtonProps {
  getUrl: () => string;
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** Copies the link of the current view; falls back to a selectable field when the clipboard is unavailable. */
export function ShareButton({ getUrl }: ShareButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copy = async () => {
    const url = getUrl();
    const ok = await copyText(url);
    setStatus(ok ? { kind: 'copied' } : { kind: 'manual', url });
    if (ok) window.setTimeout(() => setStatus({ kind: 'idle' }), 2500);
  };
  return (
    <div className="flex items-center gap-2">
      <Button onClick={() => void copy()}>Copy link</Button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {status.kind === 'copied' && 'Link copied'}
      </span>
      {status.kind === 'manual' && (
        <input
          readOnly
          value={status.url}
          aria-label="Link to this view"
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
          className="w-48 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs dark:border-slate-600 dark:bg-slate-800"
        />
      )}
    </div>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or insecure context: try the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
