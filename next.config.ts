import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Kafka and Temporal clients are server-only Node packages; never bundle them.
  serverExternalPackages: ['@platformatic/kafka', '@temporalio/client', '@temporalio/worker'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
