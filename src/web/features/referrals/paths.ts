/** The referral pages: the boards and one referral. */
export const referralsPath = '/weiterleitungen';
export const referralPath = (id: string): string => `${referralsPath}/${encodeURIComponent(id)}`;
