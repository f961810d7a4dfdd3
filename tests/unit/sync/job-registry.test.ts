import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { createActivities } from '@/sync/activities'
import { jobSlug, JOBS, SYNC_JOBS } from '@/sync/shared/jobs'
import * as workflows from '@/sync/workflows'
import { JOB_WORKFLOWS } from '@/sync/workflows/job-workflows'

describe('the job registry', () => {
  it('has one entry per stored job key', () => {
    expect(Object.keys(JOBS)).toEqual([...SYNC_JOBS])
    expect(Object.keys(JOB_WORKFLOWS).sort()).toEqual([...SYNC_JOBS].sort())
  })

  it('names every workflow src/sync/workflows exports, and only those', () => {
    const registered = SYNC_JOBS.flatMap((job) => [JOBS[job].workflow, JOBS[job].fanOutWorkflow])
    expect(Object.keys(workflows).sort()).toEqual([...registered].sort())
    for (const name of registered) expect(typeof workflows[name]).toBe('function')
  })

  it('names activities that createActivities provides', () => {
    const activities = createActivities({
      payload: {} as Payload,
      registryClient: () => Promise.resolve().then(never),
      kafkaClient: () => Promise.resolve().then(never),
    })
    for (const job of SYNC_JOBS) {
      for (const name of JOBS[job].activities) expect(typeof activities[name], `${job}: ${name}`).toBe('function')
    }
  })

  it('names the activities folder and the workflow file after the key', () => {
    for (const job of SYNC_JOBS) {
      expect(existsSync(path.join('src/sync/activities', jobSlug(job))), `src/sync/activities/${jobSlug(job)}/`).toBe(true)
      expect(existsSync(path.join('src/sync/workflows', `${jobSlug(job)}.ts`)), `src/sync/workflows/${jobSlug(job)}.ts`).toBe(true)
    }
  })
})

function never(): never {
  throw new Error('not called')
}
