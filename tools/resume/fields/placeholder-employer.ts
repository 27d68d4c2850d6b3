/**
 * A template's placeholder where an employer goes: "Employer's Name", "Name of College",
 * "XXXXXXX". Sample resumes and anonymised ones keep them, and they were listed as employers
 * (training split, branch resume14o). A placeholder inside a name stays ("XXXX Technologies
 * Pvt. Ltd." is an anonymised employer, and labelled as one).
 */
const NAME_OF =
  /^(?:the\s+)?name\s+of\s+(?:the\s+|your\s+)?(?:company|employer|college|organi[sz]ation|firm|school|university|institution)$/i;
const ITS_NAME = /^(?:your\s+)?(?:company|employer|organi[sz]ation|firm)(?:['’]?s)?\s+name$/i;

export function isPlaceholderEmployer(value: string): boolean {
  const v = value.trim().replace(/[.:,;]+$/, "");
  return /^x{3,}$/i.test(v) || NAME_OF.test(v) || ITS_NAME.test(v);
}
