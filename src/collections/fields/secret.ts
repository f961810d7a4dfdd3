import type { Field, FieldHook } from 'payload'

import { denyAll } from '@/access/denyAll'
import { encryptSecret, isEncrypted } from '@/lib/crypto/secrets'
import { env } from '@/lib/env'

/**
 * A write-only secret: the admin form offers a virtual input (`<name>`) that is never read back;
 * its value is encrypted (AES-256-GCM) into `<name>Encrypted`, which is hidden from every API.
 * Leaving the input empty keeps the stored value; `clear` removes it.
 */
export function secretFields(name: string, label: string): Field[] {
  const storedName = `${name}Encrypted`
  const encryptInput: FieldHook = ({ value, siblingData }) => {
    if (typeof value !== 'string' || value === '') return undefined
    siblingData[storedName] = value === 'clear' ? null : isEncrypted(value) ? value : encryptSecret(value, env().ORBIT_SECRET_KEY)
    return undefined
  }
  return [
    {
      name,
      label,
      type: 'text',
      virtual: true,
      access: { read: denyAll },
      hooks: { beforeChange: [encryptInput], afterRead: [() => undefined] },
      admin: { description: 'Write-only. Leave empty to keep the stored value; type "clear" to remove it.' },
    },
    {
      name: storedName,
      type: 'text',
      hidden: true,
      access: { read: denyAll },
    },
  ]
}
