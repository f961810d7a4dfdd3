import { StatusBadge } from '@/components/badge'

/** On a group or schema list row: the object has a firing alert (details on the workspace's alerts page). */
export function FiringAlertBadge() {
  return <StatusBadge tone="danger" label="alert" title="A firing alert" className="ml-2" data-testid="firing-alert-badge" />
}
