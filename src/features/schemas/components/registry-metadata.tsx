import type { RegistryMetadataEntry } from '@/features/schemas/lib/registry-metadata'

/** The compact "Registry metadata" block of a subject page (contexts, mode, GUID, data contracts). */
export function RegistryMetadata({ version, entries }: { version: number | null; entries: RegistryMetadataEntry[] }) {
  return (
    <section aria-labelledby="registry-metadata-heading" className="grid gap-3 rounded-xl border bg-card p-4">
      <h2 id="registry-metadata-heading" className="font-semibold">
        Registry metadata{version === null ? '' : ` (v${version})`}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">The registry reports no context, mode or data-contract metadata for this subject.</p>
      ) : (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2" data-testid="registry-metadata">
          {entries.map((entry) => (
            <div key={entry.label} className="flex gap-2">
              <dt className="w-36 shrink-0 text-muted-foreground">{entry.label}</dt>
              <dd className="grid gap-0.5 break-all">
                {entry.values.map((value, i) => (
                  <span key={i}>{value}</span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}
