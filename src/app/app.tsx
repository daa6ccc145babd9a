import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Providers } from './providers.tsx';
import { readUrlIntoStore, startUrlSync } from './url-sync.ts';
import { StatementsPage } from './statements-page.tsx';

interface AppProps {
  queryClient?: QueryClient;
}

/** The composition root: providers, URL sync, the page. */
export function App({ queryClient }: AppProps) {
  // Read the URL before the first render so the timeline starts on the linked view.
  useState(readUrlIntoStore);
  useEffect(() => startUrlSync(), []);
  return (
    <Providers queryClient={queryClient}>
      <StatementsPage />
    </Providers>
  );
}
