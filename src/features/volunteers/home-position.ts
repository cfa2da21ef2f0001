import { distanceKm, postalDistricts } from '../../domain/geo.js';

/**
 * A volunteer's home position is kept as coordinates only (the matching measures travel distance from them); the
 * profile gives a postal code, placed at its district's centre as the catalogue's "near" search does. Reading back,
 * the postal code is the district whose centre the position is (or lies nearest, within 3 km): no street address is stored.
 */
export function positionOfPostalCode(code: string): { lat: number; lon: number; districtName: string } | null {
  const district = postalDistricts[code.trim()];
  return district ? { lat: district.latitude, lon: district.longitude, districtName: district.name } : null;
}

export function postalCodeAt(lat: number | null, lon: number | null): string | null {
  if (lat === null || lon === null) return null;
  let best: { code: string; km: number } | null = null;
  for (const [code, district] of Object.entries(postalDistricts)) {
    const km = distanceKm({ latitude: lat, longitude: lon }, district);
    if (!best || km < best.km) best = { code, km };
  }
  return best && best.km <= 3 ? best.code : null;
}
