/**
 * Word lists that tell a job title from a company from a school. They are generic
 * English words from job boards, not names from any one resume.
 */

export const TITLE_WORDS = new Set(
  `engineer engineers developer developers programmer manager managers consultant analyst analysts intern
  internship lead leader executive officer associate director specialist designer architect administrator
  admin trainee head president vice coordinator assistant tester scientist teacher professor lecturer
  instructor researcher representative advisor adviser accountant auditor supervisor technician operator
  clerk agent editor writer copywriter producer owner founder cofounder partner principal chief cto ceo
  cfo coo cio vp svp avp member staff sde sdet qa devops sre apprentice fellow therapist nurse doctor
  physician counselor counsellor recruiter paralegal attorney lawyer advocate journalist photographer
  artist marketer salesman salesperson strategist planner buyer merchandiser controller secretary
  receptionist cashier worker expert mentor tutor trainer faculty dean chairman chairperson advertiser
  educator officer incharge in-charge superintendent foreman inspector investigator examiner economist
  statistician mechanic electrician driver chef cook waiter steward pharmacist dentist surgeon
  psychologist librarian translator interpreter volunteer freelancer freelance contractor`.split(/\s+/),
);

/** Words that describe a title but are not titles on their own ("Senior", "Software"). */
export const TITLE_MODIFIERS = new Set(
  `senior sr sr. junior jr jr. software systems system associate assistant principal staff technical
  project product program business data web full stack fullstack front end frontend back backend
  mobile android ios java python cloud network security quality test testing support sales marketing
  operations hr human resources finance financial account customer service it application applications
  database research development graduate trainee management general regional national area branch
  deputy key relationship team module process delivery solution solutions digital media content social
  embedded firmware hardware electrical mechanical civil chemical machine learning ai ml`.split(/\s+/),
);

export const COMPANY_SUFFIX_RE =
  /\b(?:ltd|limited|pvt|private|inc|incorporated|llc|llp|corp|corporation|co|company|plc|gmbh|ag|sa|technologies|technology|tech|solutions|services|systems|software|consulting|consultancy|consultants|labs|group|industries|enterprises|bank|infotech|infosys|wipro|accenture|cognizant|capgemini|tcs|ibm|oracle|microsoft|google|amazon|deloitte|hcl|international|global|networks|ventures|partners|associates|holdings|institute|university|hospital|agency|foundation|department|motors|pharma|pharmaceuticals|telecom|communications|media|studios|infrastructure|logistics|finance|insurance|securities|capital|retail|foods|healthcare|energy|airlines|airways|cl[ií]nica|clinique|klinik|klinikum|hospitalar|ltda|sarl|srl)\b\.?/i;

/** School words; a non-English one ("Université", "Universidade", "Hochschule") ends at any non-letter. */
export const INSTITUTION_RE =
  /(?<![\p{L}])(?:university|universiti|college|institute|institution|school|academy|vidyalaya|vidyapeeth|vidya|polytechnic|iit|nit|iiit|iim|bits|kendriya|mahavidyalaya|vishwavidyalaya|board|cbse|icse|gymnasium|conservatory|seminary|campus|faculty of|universidad|université|universität|universidade|università|universiteit|hochschule|fachhochschule|escuela|escola|école|ecole|faculdade|facultad|instituto|institut|politécnico|politecnico|lycée)(?![\p{L}])/iu;

/** Words that never appear in a person's name line. */
export const NOT_NAME_WORDS = new Set(
  `resume résumé curriculum vitae cv sample template example objective summary profile address phone
  mobile email e-mail contact street st road rd avenue ave lane drive dr apartment apartments circle
  nagar colony city state zip code page of the and for with in at to my your our professional personal
  career information details experience education skills university college school institute department
  india usa limited ltd pvt inc company corporation technologies solutions services entry level guide name date birth
  seeking looking position job work years year month months present current linkedin github twitter
  facebook portfolio website web homepage tel cell fax home office box po permanent street magna cum
  laude core qualifications qualification technical tools tool proficient system systems marketing
  analytical applicant children title client educational medical social media music copy art entry
  business sales service support computer software hardware network data management marketing
  communication communications interpersonal leadership skill abilities highlights achievements
  certifications projects project references hobbies interests languages objective declaration
  confidential draft updated last version template format font size margins margin your first
  middle full surname dear sir madam to whom concern thank you hall room center centre building floor
  suite student teaching practicum currently working around innovative
  dedicated motivated experienced highly results summary`.split(/\s+/),
);
