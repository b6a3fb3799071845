/**
 * Helpers for test/wordpress/*.test.ts: what the real WordPress (test/wordpress/wordpress.mjs,
 * started by scripts/test.mjs) imported, read from the runner's /__news/wordpress route.
 */
import type {Context} from 'mocha';

export interface WpInfo {
  url: string;
  posts: {
    cooperation: number;
    hoan: number;
    others: number[];
    noImage: number;
    escaped: number;
    protected: number;
    draft: number;
  };
  media: {cooperation: number; session: number; hoan: number};
  terms: {news: number; review: number; interns: number};
  comments: {hoan: number[]; pending: number; cooperation: number[]};
  links: {hoan: string; cooperation: string};
}

let info: Promise<WpInfo | string> | undefined;

/** The running WordPress, or skips the calling suite (with the reason) when there is none. */
export async function wordpress(ctx: Context): Promise<WpInfo> {
  info ??= fetch('/__news/wordpress').then(async (r) => {
    const got = (await r.json()) as WpInfo | {reason: string};
    return 'reason' in got ? got.reason : got;
  });
  const got = await info;
  if (typeof got === 'string') {
    console.warn(`WordPress suite skipped: ${got}`);
    ctx.skip();
  }
  return got as WpInfo;
}

export const SEED_TITLES = {
  hoan: 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan',
  cooperation:
    'Promote cooperation in training high-quality human resources between Vietnam and Japan',
  escaped: 'Q&A: “Interns’ rights” in Japan & Korea now',
  protected: 'Protected briefing for partners',
  draft: 'Draft: unpublished plans',
};

/** The nine "Other Articles" headlines as WordPress renders them (wptexturize: "-" → "–"). */
export const OTHER_TITLES = [
  'Over 51 million workers employed in the first 9 months',
  'Many activities in the National Action Month on Gender Equality 2024 will be organized',
  'Strengthening Vietnam – Sweden cooperation in labour and social security',
  'Minister Dao Ngoc Dung visits and supports people affected by storm in Yen Bai',
  'Vietnam – Japan labour cooperation records rapid development',
  'Awarding “Medal for the Cause of Labour – Invalids and Social Affairs” to Labour and Employment Attache of the ROK Embassy in Vietnam',
  'MoLISA strengthens cooperation with Germany in vocational education',
  'Vietnam wins bronze medal and certificates of excellence at 47th WorldSkills Competition',
  'Vietnam – Greece soon sign labour cooperation agreement',
];
