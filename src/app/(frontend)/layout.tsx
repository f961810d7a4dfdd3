import type { Metadata } from 'next'
import React from 'react'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Orbit Kafka', template: '%s · Orbit Kafka' },
  description: 'Schema Registry and consumer group observability for every workspace',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  )
}
