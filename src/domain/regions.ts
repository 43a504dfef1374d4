import { areaList } from '@vant/area-data'

/**
 * Names of the administrative divisions a department's region code (GB/T 2260) stands for, as a
 * reader writes them: 贵州省, 贵阳市, 贵阳市南明区. The table is Vant's (MIT, the divisions of the
 * Ministry of Civil Affairs' list, 34 provinces, about 370 prefectures, about 3,500 counties);
 * codes change every year, so a code it lacks is not an error: the caller shows the code alone.
 */
const { province_list: provinces, city_list: cities, county_list: counties } = areaList

/** Prefecture entries that only group counties (省直辖县, 自治区直辖县级行政区划, Chongqing's 县): not a place's name. */
function groupsCounties(name: string): boolean {
  return name === '县' || name.includes('直辖')
}

/** Whether `code` has the form of a GB/T 2260 code: six digits (whether the table knows it or not). */
export function isRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code)
}

/** The name of the division with this six-digit code, undefined where the table lacks it. */
export function regionName(code: string): string | undefined {
  if (!isRegionCode(code)) return undefined
  const province = provinces[`${code.slice(0, 2)}0000`]
  if (code.endsWith('0000')) return province
  const prefecture = cities[`${code.slice(0, 4)}00`]
  // a county is named with its prefecture (南明区 alone is ambiguous), or with its province where
  // the prefecture entry only groups counties (湖北省仙桃市, 重庆市云阳县)
  const parent = prefecture && !groupsCounties(prefecture) ? prefecture : province
  if (code.endsWith('00')) return prefecture && (groupsCounties(prefecture) ? `${province ?? ''}${prefecture}` : prefecture)
  const county = counties[code]
  return county && `${parent ?? ''}${county}`
}

/**
 * Departments a region code covers: 520000 → 52…, 520100 → 5201…, 520102 → itself. 000000 (what an
 * import gives a department whose region is not known yet) covers only itself, not everything.
 */
export function inRegion(regionCode: string, region: string | undefined): boolean {
  if (!region) return true
  const prefix = region.replace(/(00){1,2}$/, '')
  return regionCode.startsWith(prefix)
}
