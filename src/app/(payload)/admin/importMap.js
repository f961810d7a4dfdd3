import { EnabledCell as EnabledCell_2faea018118c7a998dc279d41ed6c29a } from '../../../collections/KafkaClusters/components/EnabledCell'
import { SyncHealthCell as SyncHealthCell_5fb21fbf51edf618e635dd5ea19e67de } from '../../../collections/KafkaClusters/components/SyncHealthCell'
import { TestConnectionButton as TestConnectionButton_0d0da16558358b92c580d667acd5962e } from '../../../collections/KafkaClusters/components/TestConnectionButton'
import { SyncNowButton as SyncNowButton_00f26987c5a3bc9771853eea18f4ca7b } from '../../../collections/KafkaClusters/components/SyncNowButton'
import { SyncHealthPanel as SyncHealthPanel_2b325198fffec346cfed2f151c210627 } from '../../../collections/KafkaClusters/components/SyncHealthPanel'
import { SendTestButton as SendTestButton_1a913ce6f4069996ab726e931ff9df90 } from '../../../collections/AlertChannels/components/SendTestButton'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/KafkaClusters/components/EnabledCell#EnabledCell": EnabledCell_2faea018118c7a998dc279d41ed6c29a,
  "/collections/KafkaClusters/components/SyncHealthCell#SyncHealthCell": SyncHealthCell_5fb21fbf51edf618e635dd5ea19e67de,
  "/collections/KafkaClusters/components/TestConnectionButton#TestConnectionButton": TestConnectionButton_0d0da16558358b92c580d667acd5962e,
  "/collections/KafkaClusters/components/SyncNowButton#SyncNowButton": SyncNowButton_00f26987c5a3bc9771853eea18f4ca7b,
  "/collections/KafkaClusters/components/SyncHealthPanel#SyncHealthPanel": SyncHealthPanel_2b325198fffec346cfed2f151c210627,
  "/collections/AlertChannels/components/SendTestButton#SendTestButton": SendTestButton_1a913ce6f4069996ab726e931ff9df90,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
