export const E2E_ADMIN = { email: 'admin@orbit.e2e', password: 'e2e-admin-password' }
