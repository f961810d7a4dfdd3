import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import React from 'react'

import { parseTheme, THEME_COOKIE } from '@/lib/theme'

import '@/app/(frontend)/globals.css'

export const metadata: Metadata = {
  title: { default: 'Orbit Kafka', template: '%s · Orbit Kafka' },
  description: 'Schema Registry and consumer group observability for every workspace',
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  // The header toggle's choice, rendered on the server so the page never flashes the other theme.
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value)
  return (
    <html lang="en" className={theme ?? undefined}>
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  )
}
