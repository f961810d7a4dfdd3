import type { DefaultServerCellComponentProps } from 'payload'

/** The cluster list's "Enabled" column in words (Payload's default cell prints a raw `true`). */
export function EnabledCell({ cellData }: DefaultServerCellComponentProps) {
  return <span>{cellData === false ? 'Disabled' : 'Enabled'}</span>
}
