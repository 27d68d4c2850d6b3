/**
 * The titles people use most, mapped by hand to the O*NET occupation that describes the job
 * best (issue 13): O*NET files "data engineer" under Database Architects and "data analyst"
 * under Survey Researchers by title words alone. The role finder prefers these over O*NET's
 * own title matches of the same length. Codes are O*NET-SOC 29.2 (data/roles/roles.json).
 */
export const CURATED_TITLES: readonly (readonly [title: string, onetCode: string])[] = [
  ["data engineer", "15-1243.01"],
  ["data analyst", "15-2051.01"],
  ["data scientist", "15-2051.00"],
  ["machine learning engineer", "15-2051.00"],
  ["ml engineer", "15-2051.00"],
  ["software engineer", "15-1252.00"],
  ["software developer", "15-1252.00"],
  ["tech lead", "15-1252.00"],
  ["engineering manager", "11-3021.00"],
  ["backend developer", "15-1252.00"],
  // Said as engineers as often as developers; O*NET files "Back End Engineer" and "Front End
  // Engineer" under Web Developers only, so a backend engineer was asked WordPress (trial13).
  ["backend engineer", "15-1252.00"],
  ["backend software engineer", "15-1252.00"],
  ["java developer", "15-1252.00"],
  ["python developer", "15-1252.00"],
  ["web developer", "15-1254.00"],
  ["frontend developer", "15-1254.00"],
  ["fullstack developer", "15-1254.00"],
  ["frontend engineer", "15-1254.00"],
  ["fullstack engineer", "15-1254.00"],
  ["devops engineer", "15-1241.00"],
  ["site reliability engineer", "15-1241.00"],
  ["cloud engineer", "15-1241.00"],
  ["network engineer", "15-1241.00"],
  ["qa engineer", "15-1253.00"],
  ["test engineer", "15-1253.00"],
  ["network security engineer", "15-1299.05"],
  ["security engineer", "15-1299.05"],
  ["security analyst", "15-1212.00"],
  ["system administrator", "15-1244.00"],
  ["database administrator", "15-1242.00"],
  ["ux designer", "15-1255.00"],
  ["ui designer", "15-1255.00"],
  ["web designer", "15-1255.00"],
  // In software "product designer" is the UX role; O*NET files it under industrial design.
  ["product designer", "15-1255.00"],
  ["ux ui designer", "15-1255.00"],
  ["interaction designer", "15-1255.00"],
  ["service designer", "15-1255.00"],
  ["content designer", "15-1255.00"],
  ["graphic designer", "27-1024.00"],
  ["industrial designer", "27-1021.00"],
  ["interior designer", "27-1025.00"],
  ["fashion designer", "27-1022.00"],
  ["product manager", "13-1082.00"],
  ["project manager", "13-1082.00"],
  ["business analyst", "13-1111.00"],
  ["sales representative", "41-4012.00"],
  ["account manager", "41-4012.00"],
  ["sales manager", "11-2022.00"],
  ["marketing manager", "11-2021.00"],
  ["digital marketing specialist", "13-1161.01"],
  ["content manager", "27-3043.00"],
  ["hr manager", "11-3121.00"],
  ["human resources manager", "11-3121.00"],
  ["recruiter", "13-1071.00"],
  ["hr specialist", "13-1071.00"],
  // The titles tech and service companies use for HR work, absent from O*NET's alternates.
  ["hr generalist", "13-1071.00"],
  ["people operations specialist", "13-1071.00"],
  ["people operations", "11-3121.00"],
  ["people operations manager", "11-3121.00"],
  ["head of people", "11-3121.00"],
  ["people and culture manager", "11-3121.00"],
  ["hr business partner", "11-3121.00"],
  ["people partner", "11-3121.00"],
  ["talent acquisition specialist", "13-1071.00"],
  ["accountant", "13-2011.00"],
  ["financial analyst", "13-2051.00"],
  ["financial controller", "11-3031.00"],
  ["civil engineer", "17-2051.00"],
  ["mechanical engineer", "17-2141.00"],
  ["electrical engineer", "17-2071.00"],
  ["personal trainer", "39-9031.00"],
  ["fitness instructor", "39-9031.00"],
  ["registered nurse", "29-1141.00"],
  ["nurse", "29-1141.00"],
  ["teacher", "25-2031.00"],
  ["customer support specialist", "43-4051.00"],
  ["customer service representative", "43-4051.00"],
  ["lawyer", "23-1011.00"],
  ["paralegal", "23-2011.00"],
  ["operations manager", "11-1021.00"],
  ["supply chain manager", "13-1081.00"],
  ["executive assistant", "43-6011.00"],
  // Titles among the most frequent on real resumes that O*NET's title words send astray
  // ("technical support engineer" -> RFID engineers, "sales assistant" -> brokerage clerks).
  ["software tester", "15-1253.00"],
  ["qa tester", "15-1253.00"],
  ["software test engineer", "15-1253.00"],
  ["test automation engineer", "15-1253.00"],
  ["quality assurance engineer", "15-1253.00"],
  // The grades above a tester: O*NET lists no lead or manager title for 15-1253 and none of
  // these under any occupation; ESCO files the "ICT test manager" with the software tester
  // (ISCO 2519). Without them a test manager reads far from "software tester" (issue 14).
  ["test manager", "15-1253.00"],
  ["test lead", "15-1253.00"],
  ["qa lead", "15-1253.00"],
  ["technical support engineer", "15-1232.00"],
  ["technical support specialist", "15-1232.00"],
  ["technical support", "15-1232.00"],
  ["it support", "15-1232.00"],
  ["help desk", "15-1232.00"],
  ["systems engineer", "15-1299.08"],
  ["network administrator", "15-1244.00"],
  ["it project manager", "15-1299.09"],
  ["scrum master", "15-1299.09"],
  ["project management", "13-1082.00"],
  ["program manager", "13-1082.00"],
  ["lecturer", "25-1199.00"],
  ["professor", "25-1199.00"],
  ["special education teacher", "25-2058.00"],
  ["tutor", "25-3041.00"],
  ["coach", "27-2022.00"],
  ["career counselor", "21-1012.00"],
  ["career counseling", "21-1012.00"],
  ["sales associate", "41-2031.00"],
  ["sales assistant", "41-2031.00"],
  ["account executive", "41-4012.00"],
  ["business development representative", "41-4012.00"],
  ["marketing assistant", "13-1161.00"],
  ["marketing specialist", "13-1161.00"],
  ["customer service", "43-4051.00"],
  // O*NET files "Customer Success Manager" under office supervisors (43-1011) only; the job
  // keeps existing clients buying a service (retention, renewals, their problems resolved):
  // Sales Representatives of Services, whose postings ask a CRM.
  ["customer success manager", "41-3091.00"],
  ["client success manager", "41-3091.00"],
  ["call center agent", "43-4051.00"],
  ["administrative assistant", "43-6014.00"],
  ["office assistant", "43-6014.00"],
  ["data entry operator", "43-9021.00"],
  ["attorney", "23-1011.00"],
  ["legal advisor", "23-1011.00"],
  ["legal officer", "23-1011.00"],
  ["legal assistant", "23-2011.00"],
  ["medical assistant", "31-9092.00"],
  ["automotive technician", "49-3023.00"],
  ["auto mechanic", "49-3023.00"],
  ["hr consultant", "13-1071.00"],
  ["business owner", "11-1011.00"],
  ["owner", "11-1011.00"],
  ["director", "11-1021.00"],
  ["instructor", "25-1199.00"],
];

/** "Data Scientists" -> "Data Scientist": O*NET names occupations in the plural; a job title is singular. */
export function singularTitle(title: string): string {
  const [head, ...rest] = title.split(",");
  const singularHead = head!
    .split(/\s+and\s+/)
    .map((part) => part.replace(/(\S+)$/, (w) => singularWord(w)))
    .join(" and ");
  return [singularHead, ...rest].join(",");
}

function singularWord(w: string): string {
  if (/^[A-Z]{2,}$/.test(w) || w.length <= 3) return w;
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  // "Midwives" -> "Midwife"; other -ves plurals here keep their e ("Representatives").
  if (/wives$/.test(w)) return `${w.slice(0, -3)}fe`;
  if (/(sses|ches|shes|xes)$/.test(w)) return w.slice(0, -2);
  if (/(ss|us|is|ics)$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}
