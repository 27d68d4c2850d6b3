/**
 * Place names used to recognise a location in a resume header or job line. Facts only:
 * Indian states/union territories and large cities, US states, countries, and the world's
 * cities of 300,000 people or more from GeoNames (data/places/world-cities.json, built by
 * scripts/build-places.ts: Leipzig, Köln/Koeln, Bonn..., and the names they go by in other
 * languages: Cologne) plus a few smaller towns people
 * name - enough to tell "Pune, Maharashtra" from "Java, Spring".
 * Kept as "|"-separated strings so the lists stay compact.
 */
import { worldCities } from "../../../data/places/world-cities.ts";

const GEONAMES = worldCities();
const GEONAMES_CITIES = GEONAMES.cities;

/** Another name of a large city (lower case) -> its GeoNames name: "cologne" -> "Köln". */
const CITY_BY_OTHER_NAME = new Map<string, string>();
for (const [city, others] of Object.entries(GEONAMES.alsoCalled ?? {}))
  for (const other of others)
    if (!CITY_BY_OTHER_NAME.has(other.toLowerCase())) CITY_BY_OTHER_NAME.set(other.toLowerCase(), city);

/**
 * The place with each large city said by its GeoNames name as well ("Cologne, Germany" ->
 * "Cologne, Germany (Köln)"), so a place said in two languages compares as one.
 */
export function withCityNames(place: string | undefined): string {
  if (!place) return "";
  const names = place
    .split(/\s*[,/|;(]\s*|\s+-\s+/)
    .map((part) =>
      CITY_BY_OTHER_NAME.get(
        part
          .replace(/[.)]+$/, "")
          .trim()
          .toLowerCase(),
      ),
    )
    .filter((name): name is string => !!name);
  return names.length ? `${place} (${names.join(", ")})` : place;
}

export const INDIAN_STATES = (
  "Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|" +
  "Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|" +
  "Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|" +
  "Delhi|Jammu and Kashmir|Ladakh|Puducherry|Pondicherry|Chandigarh|Andaman and Nicobar Islands|" +
  "Dadra and Nagar Haveli|Daman and Diu|Lakshadweep|NCR|Uttaranchal"
).split("|");

export const INDIAN_CITIES = (
  "Mumbai|Bombay|Delhi|New Delhi|Bangalore|Bengaluru|Bangalore Urban|Hyderabad|Secunderabad|Ahmedabad|" +
  "Chennai|Madras|Kolkata|Calcutta|Surat|Pune|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Thane|Navi Mumbai|" +
  "Bhopal|Visakhapatnam|Vizag|Patna|Vadodara|Baroda|Ghaziabad|Ludhiana|Agra|Nashik|Faridabad|Meerut|" +
  "Rajkot|Varanasi|Srinagar|Aurangabad|Dhanbad|Amritsar|Allahabad|Prayagraj|Ranchi|Howrah|Coimbatore|" +
  "Jabalpur|Gwalior|Vijayawada|Jodhpur|Madurai|Raipur|Kota|Guwahati|Solapur|Hubli|Dharwad|Mysore|Mysuru|" +
  "Tiruchirappalli|Trichy|Bareilly|Aligarh|Tiruppur|Gurgaon|Gurugram|Noida|Greater Noida|Moradabad|" +
  "Jalandhar|Bhubaneswar|Salem|Warangal|Guntur|Bhiwandi|Saharanpur|Gorakhpur|Bikaner|Amravati|" +
  "Jamshedpur|Bhilai|Cuttack|Firozabad|Kochi|Cochin|Ernakulam|Thiruvananthapuram|Trivandrum|Kozhikode|" +
  "Calicut|Thrissur|Dehradun|Durgapur|Asansol|Nanded|Kolhapur|Ajmer|Gulbarga|Jamnagar|Ujjain|Siliguri|" +
  "Jhansi|Jammu|Mangalore|Mangaluru|Belgaum|Belagavi|Tirunelveli|Gaya|Udaipur|Manipal|Vellore|Tirupati|" +
  "Nellore|Kakinada|Rajahmundry|Karimnagar|Anantapur|Kurnool|Mohali|Panchkula|Shimla|Haridwar|Roorkee|" +
  "Rourkela|Itarsi|Gandhinagar|Anand|Bhavnagar|Margao|Panaji|Hosur|Erode|Thanjavur|Pondicherry|" +
  "Kanchipuram|Chandigarh|Palakkad|Kollam|Kannur|Davanagere|Shimoga|Tumkur|Bellary|Bidar|Latur|Akola|" +
  "Jalgaon|Sangli|Satara|Ahmednagar|Raigad|Nagercoil|Karur|Dindigul|Sivakasi|Muzaffarpur|Bhagalpur|" +
  "Darbhanga|Bokaro|Sambalpur|Berhampur|Kharagpur|Haldia|Silchar|Dibrugarh|Jorhat|Imphal|Shillong|" +
  "Aizawl|Agartala|Gangtok|Port Blair|Kottayam|Alappuzha|Sonipat|Panipat|Karnal|Rohtak|Hisar|Ambala|" +
  "Bathinda|Patiala|Pathankot|Mathura|Aligarh|Noida|Jaunpur|Sagar|Rewa|Satna|Bilaspur|Korba|Durg|" +
  "Hazaribagh"
).split("|");

export const US_STATES: Record<string, string> = Object.fromEntries(
  (
    "AL=Alabama|AK=Alaska|AZ=Arizona|AR=Arkansas|CA=California|CO=Colorado|CT=Connecticut|DE=Delaware|" +
    "FL=Florida|GA=Georgia|HI=Hawaii|ID=Idaho|IL=Illinois|IN=Indiana|IA=Iowa|KS=Kansas|KY=Kentucky|" +
    "LA=Louisiana|ME=Maine|MD=Maryland|MA=Massachusetts|MI=Michigan|MN=Minnesota|MS=Mississippi|" +
    "MO=Missouri|MT=Montana|NE=Nebraska|NV=Nevada|NH=New Hampshire|NJ=New Jersey|NM=New Mexico|" +
    "NY=New York|NC=North Carolina|ND=North Dakota|OH=Ohio|OK=Oklahoma|OR=Oregon|PA=Pennsylvania|" +
    "RI=Rhode Island|SC=South Carolina|SD=South Dakota|TN=Tennessee|TX=Texas|UT=Utah|VT=Vermont|" +
    "VA=Virginia|WA=Washington|WV=West Virginia|WI=Wisconsin|WY=Wyoming|DC=District of Columbia"
  )
    .split("|")
    .map((pair) => pair.split("=") as [string, string]),
);

export const COUNTRIES = (
  "India|United States|USA|United Kingdom|UK|England|Scotland|Wales|Ireland|Canada|Australia|" +
  "New Zealand|Germany|France|Spain|Italy|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|" +
  "Finland|Poland|Portugal|Greece|Russia|Ukraine|China|Japan|Singapore|Malaysia|Indonesia|Philippines|" +
  "Thailand|Vietnam|Pakistan|Bangladesh|Sri Lanka|Nepal|United Arab Emirates|UAE|Dubai|Saudi Arabia|" +
  "Qatar|Kuwait|Oman|Bahrain|South Africa|Nigeria|Kenya|Egypt|Brazil|Mexico|Argentina|Chile|Colombia|" +
  "North America|Europe|Asia|Africa|Western Europe|Middle East|Israel|Turkey|Korea|South Korea|" +
  "Hong Kong|Taiwan|EU|European Union"
).split("|");

export const WORLD_CITIES = (
  "London|Manchester|Birmingham|Edinburgh|Glasgow|Leeds|Liverpool|Bristol|New York|New York City|" +
  "Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|" +
  "Seattle|Boston|Denver|Atlanta|Miami|Detroit|San Francisco|Washington|Baltimore|Milwaukee|Portland|" +
  "Las Vegas|Toronto|Vancouver|Montreal|Sydney|Melbourne|Brisbane|Perth|Paris|Lyon|Berlin|Munich|" +
  "Hamburg|Frankfurt|Amsterdam|Madrid|Barcelona|Rome|Milan|Dublin|Zurich|Geneva|Vienna|Stockholm|Oslo|" +
  "Copenhagen|Helsinki|Warsaw|Prague|Lisbon|Singapore|Tokyo|Beijing|Shanghai|Dubai|Abu Dhabi|Doha|" +
  "Riyadh|Karachi|Lahore|Dhaka|Colombo|Kathmandu|Lagos|Nairobi|Cairo|Johannesburg|Cape Town|" +
  "Mountain View|Palo Alto|Sunnyvale|Cambridge|Oxford"
)
  .split("|")
  .concat(GEONAMES_CITIES);

function lowerSet(items: Iterable<string>): Set<string> {
  return new Set([...items].map((s) => s.toLowerCase()));
}

export const PLACE_NAMES = lowerSet([
  ...INDIAN_STATES,
  ...INDIAN_CITIES,
  ...Object.values(US_STATES),
  ...COUNTRIES,
  ...WORLD_CITIES,
  ...CITY_BY_OTHER_NAME.keys(),
]);
export const REGION_NAMES = lowerSet([...INDIAN_STATES, ...Object.values(US_STATES), ...COUNTRIES]);
export const US_STATE_CODES = new Set(Object.keys(US_STATES));
export const COUNTRY_NAMES = lowerSet(COUNTRIES);

/** True when every comma-separated part is a known place (or a US state code / PIN code). */
export function isPlaceList(text: string): boolean {
  const parts = text
    .split(/\s*[,/|]\s*|\s+-\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return false;
  return parts.every((p) => isPlacePart(p));
}

function isPlacePart(part: string): boolean {
  const p = part.replace(/\s*[-–]?\s*\d{5,6}$/, "").replace(/\.$/, "");
  if (!p) return false;
  if (PLACE_NAMES.has(p.toLowerCase())) return true;
  if (US_STATE_CODES.has(p.replace(/\s+\d{5}(-\d{4})?$/, ""))) return true;
  return false;
}
