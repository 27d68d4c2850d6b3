/** Healthcare, education, soft skills and certifications. */
export const PEOPLE = `
# id | Name | cat | aliases | parents | related | flags
nursing | Nursing | dom | registered nurse, rn, nurse, nursing care, clinical nursing, critical care nursing, icu nursing, emergency nursing, pediatric nursing, med-surg | healthcare | | amb=RN;nurse
patient-care | Patient Care | dom | patient care, patient assessment, patient education, bedside care, direct patient care, vital signs, medication administration, wound care, phlebotomy, triage, care planning | healthcare
intravenous-infusion | IV Therapy | dom | intravenous infusion, intravenous infusions, intravenous therapy, iv therapy, intravenous infusion therapy, iv insertion, iv starts, peripheral iv, peripheral ivs | patient-care
cardiac-monitoring | Cardiac Monitoring (Telemetry) | dom | telemetry, cardiac telemetry, telemetry monitoring, telemetry nursing, ecg monitoring, ekg monitoring, rhythm strips, rhythm strip interpretation, cardiac rhythm monitoring | patient-care | | amb=telemetry
healthcare | Healthcare | dom | health care, clinical, clinical care, medical | | | amb=clinical;medical
ehr | Electronic Health Records | tool | ehr, emr, electronic medical records | healthcare | |
bls | BLS / CPR | cert | bls, basic life support, cpr, first aid, aed | healthcare
acls | ACLS | cert | advanced cardiac life support, acls certification | healthcare | bls:0.6
pals | PALS | cert | pediatric advanced life support, paediatric advanced life support | healthcare | bls:0.6
medical-coding | Medical Coding | dom | icd-10, icd 10, cpt coding, medical billing, medical terminology, hcpcs | healthcare
pharmacy | Pharmacy | dom | pharmacology, pharmaceutical, pharmacovigilance, clinical research, clinical trials, gcp clinical | healthcare
public-health | Public Health | dom | epidemiology, community health, health promotion | healthcare
mental-health | Mental Health | dom | counseling, counselling, psychotherapy, psychology, psychological services, counseling & psychological services, case management, social work | healthcare
infection-control | Infection Control | dom | infection prevention, hand hygiene | patient-care
teaching | Teaching | dom | teacher, teaching, instruction, classroom teaching, tutoring, tutor, instructional design, lecturing, pedagogy | | mentoring:0.4 | amb=instruction;teacher
lesson-planning | Lesson Planning | dom | lesson plans, lesson planning, curriculum development, curriculum design, syllabus design, course design | teaching
classroom-management | Classroom Management | dom | classroom management, behavior management, behaviour management | teaching
special-education | Special Education | dom | special needs education, iep, inclusive education | teaching
esl | English Language Teaching | dom | esl, tefl, tesol, celta, efl, teaching english, english teaching, taught english | teaching
early-childhood-education | Early Childhood Education | dom | preschool teaching, early years, kindergarten | teaching
elearning | E-learning | tool | e-learning, elearning, lms, online teaching | teaching
student-assessment | Student Assessment | dom | grading, assessment design, formative assessment, student evaluation | teaching
mathematics | Mathematics | dom | maths, math, applied mathematics, linear algebra, calculus, probability | | statistics:0.5
physics | Physics | dom | | 
chemistry | Chemistry | dom | analytical chemistry, organic chemistry | 
biology | Biology | dom | molecular biology, microbiology, biotechnology, genetics | 
research | Research | dom | research skills, academic research, scientific research, research methodology, research methodologies, literature review, qualitative research, quantitative research | | | amb=research
communication | Communication | soft | communication skills, verbal communication, written communication, oral communication, interpersonal communication, written and verbal communication, verbal and written communication, excellent communication, good communication skills, communicating, communicator, communication and interpersonal skills | | presentation:0.4
presentation | Presentation Skills | soft | presentation skills, presenting, public speaking, presentations | communication | communication:0.4 | amb=presentations;presenting
interpersonal-skills | Interpersonal Skills | soft | interpersonal skills, people skills, relationship building, rapport building, networking skills | communication
teamwork | Teamwork | soft | team player, team work, teamwork, working in teams, team-oriented, cross-functional collaboration, team spirit, ability to work in a team | collaboration
collaboration | Collaboration | soft | collaborative, collaborating, cooperation, working collaboratively | | teamwork:0.8
leadership | Leadership | soft | leadership skills, leading teams, team leadership, people leadership, thought leadership, leader | | team-management:0.6
team-management | Team Management | soft | team management, people management, managing teams, staff management, team building, supervision, supervisory skills, team handling | leadership | leadership:0.6
mentoring | Mentoring | soft | mentorship, coaching, mentor, coaching and mentoring | leadership | teaching:0.4
problem-solving | Problem Solving | soft | problem-solving, problem solving skills, problem solver, analytical problem solving, solving problems, troubleshooting skills | | critical-thinking:0.6
critical-thinking | Critical Thinking | soft | analytical thinking, analytical skills, analytical mindset, logical thinking, reasoning | | problem-solving:0.6
decision-making | Decision Making | soft | decision-making, sound judgment, judgement | 
time-management | Time Management | soft | time management, prioritization, prioritisation, meeting deadlines, managing deadlines, multitasking, multi-tasking, work under pressure, working under pressure | organization
organization | Organizational Skills | soft | organizational skills, organisational skills, organization skills, planning and organizing, planning skills, well organized | 
attention-to-detail | Attention to Detail | soft | detail oriented, detail-oriented, attention to details, eye for detail, accuracy | | | amb=accuracy
adaptability | Adaptability | soft | flexibility, adaptable, flexible, quick learner, fast learner, willingness to learn, learning agility, resilience | | | amb=flexible;flexibility
creativity | Creativity | soft | creative, creative thinking, innovation, innovative, ideation | | | amb=creative;innovative;innovation
initiative | Initiative | soft | self-motivated, self motivated, proactive, self-starter, self starter, ownership, drive, motivated | | | amb=drive;ownership;motivated;initiative
work-ethic | Work Ethic | soft | hardworking, hard working, hard-working, dedicated, dedication, reliability, reliable, punctual, punctuality, integrity, commitment, sincere, sincerity, honest | | | amb=dedicated;reliable;commitment;integrity;honest;sincere
emotional-intelligence | Emotional Intelligence | soft | empathy, emotional intelligence, eq, patience, active listening, listening skills | | 
conflict-resolution | Conflict Resolution | soft | conflict management, conflict resolution, dispute resolution, mediation | | negotiation:0.4
persuasion | Persuasion | soft | influencing, influencing skills, persuasive, persuasion | | negotiation:0.5
customer-focus | Customer Focus | soft | customer focused, customer-focused, customer oriented, client focused | | customer-service:0.6
cross-cultural | Cross-cultural Competence | soft | multicultural, cultural awareness, cross cultural communication, diversity and inclusion | 
pmp | PMP | cert | project management professional, pmp certified, pmp certification, capm, prince2, prince 2 | project-management
csm | Certified ScrumMaster | cert | csm, certified scrum master, certified scrummaster, psm, professional scrum master | scrum
aws-certified | AWS Certification | cert | aws certified, aws certified solutions architect, aws solutions architect, aws certified developer, aws certified cloud practitioner | aws
azure-certified | Azure Certification | cert | az-900, az-104, az-204, azure certified, microsoft certified azure | azure
gcp-certified | Google Cloud Certification | cert | google cloud certified, professional cloud architect | gcp
ckad | Kubernetes Certification | cert | cka, ckad, cks, certified kubernetes administrator | kubernetes
cissp | CISSP | cert | cissp, cism, cisa, security+, comptia security+, ceh, certified ethical hacker, oscp | security
ccna | CCNA | cert | ccna, ccnp, ccie, cisco certified network associate, comptia network+, network+ | networking, cisco
comptia-a | CompTIA A+ | cert | comptia a+, a+ certification | technical-support
itil-cert | ITIL Certification | cert | itil foundation, itil certified | itsm
# Each credential is its own: a CFA or an ACCA is not a CPA (related, for partial credit).
cpa | CPA | cert | certified public accountant, us cpa | accounting | chartered-accountant:0.8, acca:0.7, cma:0.5
chartered-accountant | Chartered Accountant | cert | ca, icai | accounting | cpa:0.8, acca:0.8 | amb=CA
acca | ACCA | cert | association of chartered certified accountants, chartered certified accountant | accounting | cpa:0.7, chartered-accountant:0.8
# The UK accountancy bodies' qualifications an ad names together ("ACCA, CIMA or ACA"): each its
# own credential, close to the others. "ACA" alone is also an O*NET tool's short name (adaptive
# conjoint analysis), so it needs context.
cima | CIMA | cert | chartered institute of management accountants, cima qualified, acma, cgma, chartered global management accountant | accounting | acca:0.8, chartered-accountant:0.8, cma:0.7, cpa:0.7
icaew-aca | ACA (ICAEW) | cert | aca, icaew, icaew chartered accountant, aca qualified, institute of chartered accountants in england and wales | accounting | chartered-accountant:0.9, acca:0.8, cima:0.8, cpa:0.8 | amb=ACA
cma | CMA | cert | certified management accountant | accounting | cpa:0.5 | amb=CMA
cfa | CFA | cert | chartered financial analyst | finance | cpa:0.3
six-sigma-cert | Six Sigma Certification | cert | six sigma green belt certified, six sigma black belt certified, lean six sigma green belt | six-sigma
ocjp | Oracle Java Certification | cert | ocjp, ocpjp, scjp, oracle certified professional java | java
shrm | SHRM-CP | cert | shrm, shrm-cp, shrm-scp, phr, sphr | human-resources
nclex | NCLEX-RN | cert | nclex, nclex-rn | nursing
teaching-license | Teaching License | cert | teaching certificate, teaching credential, b.ed, pgce, qualified teacher status, qts | teaching
`;
