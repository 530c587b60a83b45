/**
 * The GitHub repository the editor commits to, "owner/name": CMS_REPOSITORY if set, else the one a GitHub
 * Actions build runs in (GITHUB_REPOSITORY, set by Actions), else a placeholder that signs nobody in.
 */
export function cmsRepository(env: NodeJS.ProcessEnv = process.env): string {
  const repo = env['CMS_REPOSITORY'] ?? env['GITHUB_REPOSITORY'] ?? 'OWNER/REPOSITORY';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`CMS_REPOSITORY must be "owner/name", not "${repo}"`);
  return repo;
}
