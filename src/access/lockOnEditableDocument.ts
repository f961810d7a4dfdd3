import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { relationId } from '@/access/relationId'

/** A polymorphic relationship's value as REST, GraphQL and the Local API accept it. */
type Reference = { relationTo: string; value: unknown }

/**
 * Creating or changing a document lock. A lock makes everyone else's REST PATCH and DELETE of its
 * document answer 423, so it is granted only as an editing session of the admin panel: the
 * requester may open the panel, the lock names her as its user, and its document exists and is
 * one she may update. No global locks: the config has no globals. Permission probes (no data)
 * get the panel's answer alone. (The panel itself writes its locks through the database adapter.)
 */
export const lockOnEditableDocument: Access = async ({ req, data }) => {
  if (!req.user || !(await mayOpenAdminPanel(req))) return false
  if (!data) return true
  if (data.user !== undefined && !namesRequester(data.user, req)) return false
  if (data.globalSlug) return false
  return data.document == null || mayUpdateDocument(req, data.document)
}

async function mayOpenAdminPanel(req: PayloadRequest): Promise<boolean> {
  const rule = req.user && req.payload.collections[req.user.collection as CollectionSlug]?.config.access.admin
  return rule ? Boolean(await rule({ req })) : false
}

function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && typeof (value as Reference).relationTo === 'string'
}

/** The id of a reference's value, given as an id or as the populated document. */
function referencedId(reference: Reference): number | undefined {
  return relationId(reference.value) ?? undefined
}

function namesRequester(user: unknown, req: PayloadRequest): boolean {
  return isReference(user) && user.relationTo === req.user?.collection && referencedId(user) === req.user.id
}

/** The target collection's own update rule, asked for this requester and this document. */
async function mayUpdateDocument(req: PayloadRequest, document: unknown): Promise<boolean> {
  if (!isReference(document)) return false
  const collection = req.payload.collections[document.relationTo as CollectionSlug]
  const id = referencedId(document)
  if (!collection || id === undefined) return false
  const granted = await collection.config.access.update({ req, id })
  if (!granted) return false
  const where: Where = granted === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, granted] }
  const { totalDocs } = await req.payload.count({ collection: collection.config.slug, where, overrideAccess: true, req })
  return totalDocs === 1
}
