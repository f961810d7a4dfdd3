import { SyncNowButton as SyncNowButton_00f26987c5a3bc9771853eea18f4ca7b } from '../../../collections/KafkaClusters/components/SyncNowButton'
import { SendTestButton as SendTestButton_1a913ce6f4069996ab726e931ff9df90 } from '../../../collections/AlertChannels/components/SendTestButton'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/KafkaClusters/components/SyncNowButton#SyncNowButton": SyncNowButton_00f26987c5a3bc9771853eea18f4ca7b,
  "/collections/AlertChannels/components/SendTestButton#SendTestButton": SendTestButton_1a913ce6f4069996ab726e931ff9df90,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
