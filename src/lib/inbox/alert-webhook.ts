/**
 * The second channel (ALERT_WEBHOOK_URL, for example a Teams or Slack incoming webhook) for a referral whose
 * email notification still failed after every retry: the reference and the inbox address only. Slack and
 * Teams both read a JSON body's `text`. A failure here is logged by the caller and retried on the next run.
 */
export async function postAlert(
  url: string,
  reference: string,
  inboxUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<boolean> {
  try {
    const response = await fetcher(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: `Referral ${reference} is waiting in the Beacon inbox, but the email telling Beacon could not be sent. Open ${inboxUrl}`,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
