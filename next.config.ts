import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

// Relative: Next reads this file before the app's '@/' paths exist.
import { STATIC_SECURITY_HEADERS } from './src/lib/security-headers'

const nextConfig: NextConfig = {
  // A separate build directory lets parallel checkouts of work (or a dev server beside a test build) coexist.
  // A build setting of the scripts and benches, read by Next before the app (and src/lib/env.ts) exists.
  // eslint-disable-next-line no-restricted-properties
  distDir: process.env.ORBIT_NEXT_DIST_DIR || '.next',
  // Kafka and Temporal clients are server-only Node packages; never bundle them.
  serverExternalPackages: ['@platformatic/kafka', '@temporalio/client', '@temporalio/worker'],
  poweredByHeader: false,
  // The CSP, which needs a per-request nonce, comes from src/proxy.ts.
  headers: () => Promise.resolve([{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] }]),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
