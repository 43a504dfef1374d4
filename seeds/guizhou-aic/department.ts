/**
 * 实施主体 — 贵州省工商行政管理局 (sample data).
 * The credit code is a made-up but well-formed 统一社会信用代码 (GB 32100-2015: 1 机构编制 · 1 机关 ·
 * 520000 行政区划 · 9-char organisation code with its GB 11714 check digit · check character).
 */
export const department = {
  code: 'gz-aic',
  name: {
    'zh-Hans': '贵州省工商行政管理局',
    'zh-Hant': '貴州省工商行政管理局',
    en: 'Guizhou Provincial Administration for Industry and Commerce',
  },
  creditCode: '11520000009390527Y',
  regionCode: '520000',
  level: 'province' as const,
  address: '贵州省贵阳市观山湖区林城西路95号',
  supervisionPhone: '0851-85986012',
  consultationPhone: '0851-85986315',
}
