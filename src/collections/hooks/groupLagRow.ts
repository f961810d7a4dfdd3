import { type CollectionAfterChangeHook, type CollectionBeforeReadHook, createDataloaderCacheKey } from 'payload'

import { GROUP_LAG_FIELD_NAMES } from '@/collections/fields/groupLag'
import { idOf } from '@/collections/hooks/idOf'
import { sql, tableOf, withinRequest } from '@/sync/db/raw'

/**
 * A lag row written through Payload (an admin, a test, a seed) becomes its group's: the group's
 * `lag` relationship points at it, in the same transaction (the lag check sets it in bulk instead,
 * write-rows.ts). A group already pointing at it is left unwritten.
 */
export const pointGroupAtLagRow: CollectionAfterChangeHook = async ({ doc, req }) => {
  const group = idOf(doc.consumerGroup)
  if (group === null) return doc
  const t = tableOf(req.payload, 'kafka_consumer_groups')
  await withinRequest(req.payload, req, (_db, run) =>
    run([
      (db) =>
        db
          .update(t)
          .set({ lag: doc.id })
          .where(sql`${t.id} = ${group} AND (${t.lag} IS NULL OR ${t.lag} <> ${doc.id})`),
    ]),
  )
  return doc
}

/**
 * The group's lag fields are its lag row's (kafka-consumer-group-lag): a write of them through the
 * group (Local API, REST, GraphQL; platform admins only) goes to that row, created when missing,
 * with the group's owner, so the group's API keeps the shape it had.
 */
export const forwardLagFieldsToLagRow: CollectionAfterChangeHook = async ({ data, doc, req }) => {
  const fields = Object.fromEntries(GROUP_LAG_FIELD_NAMES.filter((name) => name in data).map((name) => [name, data[name]]))
  if (Object.keys(fields).length === 0) return doc
  const owner = { workspace: idOf(doc.workspace), virtualCluster: idOf(doc.virtualCluster) }
  const existing = await req.payload.find({
    collection: 'kafka-consumer-group-lag',
    where: { consumerGroup: { equals: doc.id } },
    limit: 1,
    depth: 0,
    select: {},
    req,
    overrideAccess: true,
  })
  const id = existing.docs[0]?.id
  if (id === undefined) {
    await req.payload.create({
      collection: 'kafka-consumer-group-lag',
      data: { ...fields, ...owner, consumerGroup: doc.id },
      depth: 0,
      req,
      overrideAccess: true,
    })
  } else {
    await req.payload.update({ collection: 'kafka-consumer-group-lag', id, data: { ...fields, ...owner }, depth: 0, req, overrideAccess: true })
  }
  return doc
}

const LAG_SELECT: Record<string, true> = Object.fromEntries(GROUP_LAG_FIELD_NAMES.map((name) => [name, true as const]))

/**
 * Payload fills each virtual lag field of a group with its own batched read of the lag rows (one
 * per field): a list of 25 groups would read its lag rows six times. Here every group of the read
 * loads its lag row once, all in one batched read (the hooks of a find run together, before the
 * fields'), with the read's own access (overrideAccess as given, the request's user), and takes its
 * lag fields from it; without the `lag` id left on the document the field reads have nothing to
 * follow and keep these values.
 */
export const readLagRowOnce: CollectionBeforeReadHook = async ({ doc, overrideAccess, req }) => {
  const id = idOf(doc.lag)
  if (id === null) return doc
  const lag = (await req.payloadDataLoader.load(
    createDataloaderCacheKey({
      collectionSlug: 'kafka-consumer-group-lag',
      currentDepth: 0,
      depth: 0,
      docID: id,
      draft: false,
      fallbackLocale: req.fallbackLocale,
      locale: req.locale,
      overrideAccess: Boolean(overrideAccess),
      select: LAG_SELECT,
      showHiddenFields: false,
      transactionID: req.transactionID,
    } as Parameters<typeof createDataloaderCacheKey>[0]),
  )) as Record<string, unknown> | null
  const { lag: _pointer, ...group } = doc as Record<string, unknown>
  if (!lag) return group
  return { ...group, ...Object.fromEntries(GROUP_LAG_FIELD_NAMES.filter((name) => name in lag).map((name) => [name, lag[name]])) }
}
