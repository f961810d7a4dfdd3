import { cva, type VariantProps } from 'class-variance-authority'
import * as React from 'react'

import { cn } from '@/lib/utils'

/** Small status/health label. Tones carry meaning (ok / warning / error / info); callers map states to tones. */
const badgeVariants = cva('inline-flex items-center gap-1 whitespace-nowrap rounded-md border px-2 py-0.5 text-xs font-medium', {
  variants: {
    tone: {
      neutral: 'border-border bg-muted text-foreground',
      outline: 'border-border text-foreground',
      success: 'border-emerald-600/30 bg-emerald-500/10 text-emerald-700 dark:text-emerald-300',
      warning: 'border-amber-600/30 bg-amber-500/10 text-amber-800 dark:text-amber-300',
      danger: 'border-red-600/30 bg-red-500/10 text-red-700 dark:text-red-300',
      info: 'border-sky-600/30 bg-sky-500/10 text-sky-700 dark:text-sky-300',
      muted: 'border-transparent bg-muted text-muted-foreground',
    },
  },
  defaultVariants: { tone: 'neutral' },
})

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>['tone']>

export function Badge({ className, tone, ...props }: React.ComponentProps<'span'> & VariantProps<typeof badgeVariants>) {
  return <span data-slot="badge" className={cn(badgeVariants({ tone }), className)} {...props} />
}

/** A dot + label badge for health states (the dot repeats the tone for colour-blind users as a shape cue). */
export function StatusBadge({ tone, label, className, ...props }: { tone: BadgeTone; label: string } & React.ComponentProps<'span'>) {
  return (
    <Badge tone={tone} className={className} {...props}>
      <span aria-hidden className="size-1.5 rounded-full bg-current" />
      {label}
    </Badge>
  )
}
