import { DetailPageSkeleton } from '@/components/skeletons'

export default function Loading() {
  return <DetailPageSkeleton label="Loading schema" />
}
