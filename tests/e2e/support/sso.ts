import { KEYCLOAK_CLIENT } from '../../helpers/keycloak'
import { peerEnv } from '../../helpers/peers'

/** The e2e server's single sign-on: the tests' Keycloak, realm orbit, client orbit-app. */
export const E2E_SSO_ENV = {
  ORBIT_OIDC_ISSUER: peerEnv.KEYCLOAK_ISSUER!,
  ORBIT_OIDC_CLIENT_ID: KEYCLOAK_CLIENT.id,
  ORBIT_OIDC_CLIENT_SECRET: KEYCLOAK_CLIENT.secret,
  ORBIT_OIDC_NAME: 'Keycloak',
  ORBIT_OIDC_PLATFORM_ADMIN_GROUPS: '/orbit/platform-admins',
} as const
