import { SyncNowButton as SyncNowButton_00f26987c5a3bc9771853eea18f4ca7b } from '../../../collections/KafkaClusters/components/SyncNowButton'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/KafkaClusters/components/SyncNowButton#SyncNowButton": SyncNowButton_00f26987c5a3bc9771853eea18f4ca7b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
