import { useEffect, useState } from 'react';
import { statementsFileSchema, type StatementsFile } from '../domain/statement.ts';

/** Interim page: lists every statement of the generated data file. */
export function App() {
  const [data, setData] = useState<StatementsFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch(`${import.meta.env.BASE_URL}data/statements.json`)
      .then((r) => r.json())
      .then((json: unknown) => setData(statementsFileSchema.parse(json)))
      .catch((e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p role="alert">Could not load statements: {error}</p>;
  if (!data) return <p>Loading…</p>;
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="text-2xl font-semibold">Statements Timeline</h1>
      <ul className="mt-4 space-y-3">
        {data.statements.map((s) => (
          <li key={s.id}>
            <span className="font-medium">{s.speaker}</span> ({s.date}, {s.cue}): {s.quote}
          </li>
        ))}
      </ul>
    </main>
  );
}
