'use server'

import * as schemas from '@/features/schemas/queries'
import { requireUser } from '@/lib/auth'

/**
 * Server actions named as in the plan (seed task 9): thin wrappers that resolve the signed-in user
 * and delegate to features/schemas/queries, which read through the access rules. Inputs are
 * untrusted and validated there.
 */
export async function getSchemas(filters: unknown = {}, page = 1, sort = 'subject') {
  const user = await requireUser()
  return schemas.getSchemas(user, { ...(filters as object), page, sort })
}

export async function getSchema(id: number) {
  return schemas.getSchema(await requireUser(), Number(id))
}

export async function getSchemaVersions(schemaId: number) {
  return schemas.getSchemaVersions(await requireUser(), Number(schemaId))
}

export async function getSchemaVersionDiff(schemaId: number, left: number, right: number) {
  return schemas.getSchemaVersionDiff(await requireUser(), Number(schemaId), { left, right })
}

export async function getSchemaSummary(filters: unknown = {}) {
  return schemas.getSchemaSummary(await requireUser(), filters)
}
