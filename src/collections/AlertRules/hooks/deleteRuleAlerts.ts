import type { CollectionAfterDeleteHook } from 'payload'

/** A deleted rule takes its alert states and their history with it. */
export const deleteRuleAlerts: CollectionAfterDeleteHook = async ({ id, req }) => {
  for (const collection of ['alert-states', 'alert-events'] as const) {
    await req.payload.delete({ collection, where: { rule: { equals: id } }, overrideAccess: true, req })
  }
}
