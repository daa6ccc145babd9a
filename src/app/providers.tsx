import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DataLoadError } from '../features/statements/statements-query.ts';

interface ProvidersProps {
  children: ReactNode;
  /** Tests pass their own client (retry off). */
  queryClient?: QueryClient;
}

/** App-wide providers: one QueryClient. */
export function Providers({ children, queryClient }: ProvidersProps) {
  const [client] = useState(() => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: retryOnce } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

// A wrong version or a damaged file will not mend itself: show the error at once. A network blip might.
function retryOnce(failures: number, error: unknown): boolean {
  if (error instanceof DataLoadError && error.kind !== 'missing') return false;
  return failures < 1;
}
