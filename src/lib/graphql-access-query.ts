import type { GraphQLExtension } from 'payload'

type Resolver = (...args: unknown[]) => Promise<Record<string, unknown>>

/**
 * Payload's GraphQL `Access` query answered members 500: its permissions drop every `false`, so
 * a member's `canAccessAdmin` came back missing, and the schema declares it non-null. The same
 * query, with `canAccessAdmin` false when it is missing (`graphQL.queries` replaces built-in fields).
 */
export const accessQueryWithAdminFlag: GraphQLExtension = (_graphQL, { Query }) => {
  const access = Query.fields.Access as { type: unknown; resolve: Resolver }
  return {
    Access: { ...access, resolve: async (...args: unknown[]) => ({ canAccessAdmin: false, ...(await access.resolve(...args)) }) },
  }
}
