import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // A separate build directory lets parallel checkouts of work (or a dev server beside a test build) coexist.
  distDir: process.env.ORBIT_NEXT_DIST_DIR || '.next',
  // Kafka and Temporal clients are server-only Node packages; never bundle them.
  serverExternalPackages: ['@platformatic/kafka', '@temporalio/client', '@temporalio/worker'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
