/** Colour theme chosen in the header toggle; absent = follow the system. */
export const THEME_COOKIE = 'orbit-theme'
export type Theme = 'light' | 'dark'

export function parseTheme(value: string | undefined): Theme | null {
  return value === 'light' || value === 'dark' ? value : null
}
