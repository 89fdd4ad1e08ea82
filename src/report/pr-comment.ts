export interface StickyCommentTarget {
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
  /** defaults to GITHUB_API_URL's value passed by the caller, else api.github.com */
  apiUrl?: string;
  /** for the whole exchange (list, then create or update), milliseconds */
  timeoutMs?: number;
}

/** The hidden line that lets us find our own comment again: one comment per check per pull request. */
export function commentMarker(check: string): string {
  return `<!-- shipcheck:${check} -->`;
}

/**
 * Create the check's comment on the pull request, or update it in place when one carrying the marker
 * exists, so a PR that is pushed ten times still has one shipcheck comment per check.
 */
export async function upsertStickyComment(
  target: StickyCommentTarget,
  check: string,
  body: string,
): Promise<{ action: 'created' | 'updated'; id: number; url: string }> {
  const marker = commentMarker(check);
  const fullBody = truncateBody(body.includes(marker) ? body : `${marker}\n${body}`);
  // Octokit is loaded only when there is a comment to write
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(target.token, {
    ...(target.apiUrl ? { baseUrl: target.apiUrl } : {}),
    request: { signal: AbortSignal.timeout(target.timeoutMs ?? 30_000) },
  });
  const where = { owner: target.owner, repo: target.repo };

  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const existing = comments.find((comment) => comment.body?.includes(marker));
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      ...where,
      comment_id: existing.id,
      body: fullBody,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({
    ...where,
    issue_number: target.issueNumber,
    body: fullBody,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}

/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_COMMENT = 65_000;
function truncateBody(body: string): string {
  if (body.length <= MAX_COMMENT) return body;
  return `${body.slice(0, MAX_COMMENT)}\n\n_The report was cut to fit a comment; the job summary has all of it._\n`;
}
