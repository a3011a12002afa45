/** Modules that integrations make at build time (src/integrations/). */
declare module 'virtual:admin-bundle' {
  /** The URL of the CMS page's script (src/integrations/admin-bundle.ts). */
  export const adminScript: string;
}
