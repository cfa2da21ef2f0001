/** Distances and places for the catalogue's "near me" search. */

export interface Coordinates {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine). The SQL in the offer search computes the same; this is its reference. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Approximate centres of the postal districts in and around Randers (DAWA's postnummer centroids, rounded), so an
 * address or a postal code can be placed without a call to an outside service. A production installation for
 * another municipality adds its own districts here or looks addresses up in DAWA.
 */
export const postalDistricts: Readonly<Record<string, { name: string } & Coordinates>> = {
  '8000': { name: 'Aarhus C', latitude: 56.1567, longitude: 10.2108 },
  '8200': { name: 'Aarhus N', latitude: 56.19, longitude: 10.19 },
  '8370': { name: 'Hadsten', latitude: 56.327, longitude: 10.049 },
  '8380': { name: 'Trige', latitude: 56.25, longitude: 10.15 },
  '8382': { name: 'Hinnerup', latitude: 56.266, longitude: 10.064 },
  '8500': { name: 'Grenaa', latitude: 56.415, longitude: 10.878 },
  '8800': { name: 'Viborg', latitude: 56.453, longitude: 9.402 },
  '8830': { name: 'Tjele', latitude: 56.5, longitude: 9.63 },
  '8850': { name: 'Bjerringbro', latitude: 56.378, longitude: 9.66 },
  '8870': { name: 'Langå', latitude: 56.39, longitude: 9.9 },
  '8881': { name: 'Thorsø', latitude: 56.33, longitude: 9.79 },
  '8882': { name: 'Fårvang', latitude: 56.27, longitude: 9.73 },
  '8900': { name: 'Randers C', latitude: 56.4607, longitude: 10.0364 },
  '8920': { name: 'Randers NV', latitude: 56.48, longitude: 9.99 },
  '8930': { name: 'Randers NØ', latitude: 56.48, longitude: 10.08 },
  '8940': { name: 'Randers SV', latitude: 56.44, longitude: 9.99 },
  '8950': { name: 'Ørsted', latitude: 56.53, longitude: 10.33 },
  '8960': { name: 'Randers SØ', latitude: 56.43, longitude: 10.09 },
  '8961': { name: 'Allingåbro', latitude: 56.464, longitude: 10.321 },
  '8963': { name: 'Auning', latitude: 56.432, longitude: 10.38 },
  '8970': { name: 'Havndal', latitude: 56.645, longitude: 10.19 },
  '8981': { name: 'Spentrup', latitude: 56.538, longitude: 10.038 },
  '8983': { name: 'Gjerlev J', latitude: 56.59, longitude: 10.14 },
  '8990': { name: 'Fårup', latitude: 56.56, longitude: 9.85 },
  '9500': { name: 'Hobro', latitude: 56.639, longitude: 9.792 },
  '9550': { name: 'Mariager', latitude: 56.649, longitude: 9.978 },
};

export type NearPoint = Coordinates & { label: string };

/**
 * Where "near" points: "56.46,10.03" (the browser's position), or the postal district of a four-digit postal code in
 * the text ("Østervold 6, 8900 Randers" or "8900"). Null when neither is recognised, so the search can say so.
 */
export function resolveNear(text: string): NearPoint | null {
  const trimmed = text.trim();
  const pair = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(trimmed);
  if (pair) {
    const latitude = Number(pair[1]);
    const longitude = Number(pair[2]);
    if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) return { latitude, longitude, label: `${latitude.toFixed(4)}, ${longitude.toFixed(4)}` };
    return null;
  }
  const code = /(?:^|\D)(\d{4})(?:\D|$)/.exec(trimmed)?.[1];
  const district = code ? postalDistricts[code] : undefined;
  return district && code ? { latitude: district.latitude, longitude: district.longitude, label: `${code} ${district.name}` } : null;
}
