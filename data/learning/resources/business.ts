/** Office tools, methods, business domains, soft skills and certifications. Line: skillId | kind hours | title | url */
export const BUSINESS = `
microsoft-office | course 10 | GCFGlobal: Microsoft Office tutorials | https://edu.gcfglobal.org/en/topics/office/
word | guide 4 | Word help & learning (Microsoft Support) | https://support.microsoft.com/en-us/word
powerpoint | guide 4 | PowerPoint help & learning (Microsoft Support) | https://support.microsoft.com/en-us/powerpoint
outlook | guide 2 | Outlook help & learning (Microsoft Support) | https://support.microsoft.com/en-us/outlook
visio | guide 3 | Visio help & learning (Microsoft Support) | https://support.microsoft.com/en-us/visio
sharepoint | docs 6 | SharePoint documentation (Microsoft Learn) | https://learn.microsoft.com/en-us/sharepoint/
teams | guide 2 | Microsoft Teams help & learning | https://support.microsoft.com/en-us/teams
google-workspace | guide 4 | Google Workspace Learning Center | https://support.google.com/a/users/
google-docs | guide 2 | Google Workspace Learning Center | https://support.google.com/a/users/
office-tools | course 10 | GCFGlobal: Microsoft Office tutorials | https://edu.gcfglobal.org/en/topics/office/
typing | interactive 10 | TypingClub | https://www.typingclub.com/
agile | guide 4 | Atlassian Agile Coach | https://www.atlassian.com/agile
agile | guide 1 | Manifesto for Agile Software Development | https://agilemanifesto.org/
scrum | guide 1 | The Scrum Guide | https://scrumguides.org/scrum-guide.html
kanban | guide 1 | The Kanban Guide | https://kanbanguides.org/
safe | guide 10 | Scaled Agile Framework | https://scaledagileframework.com/
lean | guide 2 | What is Lean? (Lean Enterprise Institute) | https://www.lean.org/explore-lean/what-is-lean/
six-sigma | guide 4 | Six Sigma resources (ASQ) | https://asq.org/quality-resources/six-sigma
process-improvement | guide 4 | Quality resources (ASQ) | https://asq.org/quality-resources
project-management | course 40 | Google Project Management (Coursera, free to audit) | https://www.coursera.org/professional-certificates/google-project-management
project-management | guide 10 | PMI Learning Library | https://www.pmi.org/learning/library
program-management | guide 10 | PMI Learning Library | https://www.pmi.org/learning/library
product-management | guide 10 | SVPG articles on product management | https://www.svpg.com/articles/
product-ownership | guide 1 | The Scrum Guide: the Product Owner | https://scrumguides.org/scrum-guide.html
business-analysis | guide 10 | Modern Analyst: business analysis articles | https://www.modernanalyst.com/Resources/Articles.aspx
stakeholder-management | guide 6 | PMI Learning Library | https://www.pmi.org/learning/library
risk-management | guide 6 | NIST Risk Management Framework | https://csrc.nist.gov/projects/risk-management
operations-management | course 30 | MIT OCW: Introduction to Operations Management | https://ocw.mit.edu/courses/15-760b-introduction-to-operations-management-spring-2004/
supply-chain | course 40 | MITx Supply Chain Management (edX, free to audit) | https://www.edx.org/masters/micromasters/mitx-supply-chain-management
erp | course 20 | SAP Learning | https://learning.sap.com/
sap | course 20 | SAP Learning | https://learning.sap.com/
crm | interactive 10 | Salesforce Trailhead | https://trailhead.salesforce.com/
hubspot | course 10 | HubSpot Academy | https://academy.hubspot.com/
dynamics-crm | docs 10 | Dynamics 365 documentation | https://learn.microsoft.com/en-us/dynamics365/
management | course 20 | OpenLearn: leadership and management courses | https://www.open.edu/openlearn/money-business/leadership-management
strategic-planning | course 20 | OpenLearn: leadership and management courses | https://www.open.edu/openlearn/money-business/leadership-management
business-development | course 10 | HubSpot Academy | https://academy.hubspot.com/
marketing | course 10 | HubSpot Academy | https://academy.hubspot.com/
digital-marketing | course 10 | HubSpot Academy | https://academy.hubspot.com/
seo | guide 3 | SEO Starter Guide (Google Search Central) | https://developers.google.com/search/docs/fundamentals/seo-starter-guide
social-media-marketing | course 10 | Meta Blueprint | https://www.facebook.com/business/learn
content-marketing | course 10 | HubSpot Academy | https://academy.hubspot.com/
copywriting | guide 4 | Copywriting 101 (Copyblogger) | https://copyblogger.com/copywriting-101/
email-marketing | guide 4 | Mailchimp resources | https://mailchimp.com/resources/
marketing-automation | course 10 | HubSpot Academy | https://academy.hubspot.com/
market-research | guide 3 | Market research guide (Qualtrics) | https://www.qualtrics.com/experience-management/research/market-research/
ecommerce | guide 6 | Shopify blog: learning resources | https://www.shopify.com/blog
sales | course 10 | HubSpot Academy | https://academy.hubspot.com/
account-management | course 10 | HubSpot Academy | https://academy.hubspot.com/
negotiation | guide 3 | Harvard Program on Negotiation: free reports | https://www.pon.harvard.edu/free-reports/
customer-service | course 6 | HubSpot Academy | https://academy.hubspot.com/
accounting | course 20 | AccountingCoach | https://www.accountingcoach.com/
tally | docs 6 | TallyHelp | https://help.tallysolutions.com/
quickbooks | guide 6 | QuickBooks learn & support | https://quickbooks.intuit.com/learn-support/en-us/
finance | course 30 | Khan Academy: Finance and capital markets | https://www.khanacademy.org/economics-finance-domain/core-finance
financial-analysis | guide 10 | Corporate Finance Institute resources | https://corporatefinanceinstitute.com/resources/
banking | course 30 | Khan Academy: Finance and capital markets | https://www.khanacademy.org/economics-finance-domain/core-finance
investment | guide 4 | Introduction to investing (Investor.gov) | https://www.investor.gov/introduction-investing
economics | course 40 | MIT OCW 14.01 Principles of Microeconomics | https://ocw.mit.edu/courses/14-01-principles-of-microeconomics-fall-2018/
recruiting | guide 4 | LinkedIn Talent Blog | https://www.linkedin.com/business/talent/blog
administrative-support | course 10 | GCFGlobal: Microsoft Office tutorials | https://edu.gcfglobal.org/en/topics/office/
communication | guide 6 | SkillsYouNeed: interpersonal and communication skills | https://www.skillsyouneed.com/interpersonal-skills.html
presentation | guide 4 | SkillsYouNeed: presentation skills | https://www.skillsyouneed.com/presentation-skills.html
interpersonal-skills | guide 6 | SkillsYouNeed: interpersonal skills | https://www.skillsyouneed.com/interpersonal-skills.html
teamwork | guide 2 | Google re:Work: understand team effectiveness | https://rework.withgoogle.com/guides/understanding-team-effectiveness/
collaboration | guide 2 | Google re:Work: understand team effectiveness | https://rework.withgoogle.com/guides/understanding-team-effectiveness/
leadership | guide 6 | SkillsYouNeed: leadership skills | https://www.skillsyouneed.com/leadership-skills.html
team-management | guide 3 | Google re:Work: what makes a great manager | https://rework.withgoogle.com/guides/managers-identify-what-makes-a-great-manager/
mentoring | guide 3 | SkillsYouNeed: coaching skills | https://www.skillsyouneed.com/learn/coaching.html
problem-solving | guide 3 | SkillsYouNeed: problem solving | https://www.skillsyouneed.com/ips/problem-solving.html
critical-thinking | guide 3 | SkillsYouNeed: critical thinking | https://www.skillsyouneed.com/learn/critical-thinking.html
decision-making | guide 3 | SkillsYouNeed: decision making | https://www.skillsyouneed.com/ips/decision-making.html
time-management | guide 3 | SkillsYouNeed: time management | https://www.skillsyouneed.com/ps/time-management.html
organization | guide 3 | SkillsYouNeed: time management and organising | https://www.skillsyouneed.com/ps/time-management.html
creativity | guide 3 | SkillsYouNeed: creative thinking | https://www.skillsyouneed.com/ps/creative-thinking.html
emotional-intelligence | guide 3 | SkillsYouNeed: emotional intelligence | https://www.skillsyouneed.com/general/emotional-intelligence.html
conflict-resolution | guide 3 | SkillsYouNeed: conflict resolution | https://www.skillsyouneed.com/ips/conflict-resolution.html
persuasion | guide 3 | SkillsYouNeed: persuasion and influencing | https://www.skillsyouneed.com/ips/persuasion.html
customer-focus | course 6 | HubSpot Academy | https://academy.hubspot.com/
pmp | guide 10 | PMP certification overview (PMI) | https://www.pmi.org/certifications/project-management-pmp
csm | guide 1 | The Scrum Guide | https://scrumguides.org/scrum-guide.html
aws-certified | course 6 | AWS Cloud Practitioner Essentials (AWS Skill Builder) | https://explore.skillbuilder.aws/learn/course/external/view/elearning/134/aws-cloud-practitioner-essentials
azure-certified | course 10 | Microsoft Azure Fundamentals (AZ-900) | https://learn.microsoft.com/en-us/training/courses/az-900t00
gcp-certified | course 10 | Google Cloud Skills Boost | https://www.cloudskillsboost.google/
ckad | docs 20 | Kubernetes documentation (CKAD curriculum topics) | https://kubernetes.io/docs/concepts/
cissp | guide 10 | CISSP certification (ISC2) | https://www.isc2.org/certifications/cissp
ccna | course 40 | Cisco Networking Academy | https://www.netacad.com/
comptia-a | video 30 | Professor Messer: CompTIA A+ training | https://www.professormesser.com/
ocjp | tutorial 30 | Learn Java (dev.java) | https://dev.java/learn/
work-ethic | guide 3 | SkillsYouNeed: personal development | https://www.skillsyouneed.com/ps/personal-development.html
personal-development | guide 3 | SkillsYouNeed: personal development | https://www.skillsyouneed.com/ps/personal-development.html
adaptability | guide 3 | SkillsYouNeed: personal development | https://www.skillsyouneed.com/ps/personal-development.html
attention-to-detail | guide 3 | SkillsYouNeed: personal development | https://www.skillsyouneed.com/ps/personal-development.html
initiative | guide 2 | SkillsYouNeed: self-motivation | https://www.skillsyouneed.com/ps/self-motivation.html
work-independently | guide 2 | SkillsYouNeed: self-motivation | https://www.skillsyouneed.com/ps/self-motivation.html
cross-cultural | guide 3 | SkillsYouNeed: interpersonal skills | https://www.skillsyouneed.com/interpersonal-skills.html
make-decisions | guide 3 | SkillsYouNeed: decision making | https://www.skillsyouneed.com/ips/decision-making.html
change-management | course 10 | OpenLearn: leadership and management courses | https://www.open.edu/openlearn/money-business/leadership-management
healthcare | course 30 | Khan Academy: Health and medicine | https://www.khanacademy.org/science/health-and-medicine
teaching | guide 10 | Edutopia: teaching strategies | https://www.edutopia.org/
elearning | course 10 | Moodle Academy | https://moodle.academy/
`;
