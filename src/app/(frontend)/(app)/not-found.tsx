import Link from 'next/link'

import { paths } from '@/lib/paths'

/** Unknown pages and objects the user may not see look the same: nothing here. */
export default function NotFound() {
  return (
    <section className="grid justify-items-center gap-2 py-16 text-center" data-testid="not-found">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-muted-foreground">This page does not exist, or you do not have access to it.</p>
      <Link href={paths.kafka()} className="text-sm underline underline-offset-4">
        Back to Kafka
      </Link>
    </section>
  )
}
