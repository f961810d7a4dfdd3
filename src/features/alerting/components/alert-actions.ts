/** The server actions the alerts pages post their forms to (defined by the route, src/app/…/alerts/actions.ts). */
export type FormAction = (form: FormData) => Promise<void>

export type AlertActions = {
  toggleRule: FormAction
  testRule: FormAction
  deleteRule: FormAction
  silence: FormAction
  acknowledge: FormAction
}
