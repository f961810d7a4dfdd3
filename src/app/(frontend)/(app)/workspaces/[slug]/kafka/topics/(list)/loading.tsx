import { ListPageSkeleton } from '@/components/skeletons'

export default function Loading() {
  return <ListPageSkeleton label="Loading topics" />
}
