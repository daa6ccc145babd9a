import { Button } from './button.tsx';

interface ErrorScreenProps {
  title: string;
  message: string;
  onRetry: () => void;
  retrying?: boolean;
}

/** A full-width error with a retry button: what went wrong and what to do. */
export function ErrorScreen({ title, message, onRetry, retrying = false }: ErrorScreenProps) {
  return (
    <div role="alert" className="mx-auto mt-12 flex max-w-xl flex-col gap-3 rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-800 dark:bg-red-950">
      <h2 className="text-lg font-semibold text-red-900 dark:text-red-200">{title}</h2>
      <p className="text-sm break-words text-red-900 dark:text-red-100">{message}</p>
      <div>
        <Button onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      </div>
    </div>
  );
}
