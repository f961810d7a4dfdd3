// avsc is CommonJS: Node's ESM loader (payload CLI, the Temporal worker) does not see its named
// exports, so runtime values come from its default export here; types still come from 'avsc'.
import avsc from 'avsc'

export const AvroType = avsc.Type
