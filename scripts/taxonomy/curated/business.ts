/** Office tools, methodologies, PM, marketing, sales, finance, HR, legal. */
export const BUSINESS = `
# id | Name | cat | aliases | parents | related | flags
microsoft-office | Microsoft Office | tool | ms office, microsoft office, ms-office, office 365, microsoft 365, microsoft office software, microsoft office suite, ms office suite, o365, m365, office suite | office-tools | google-workspace:0.7
word | Microsoft Word | tool | ms word, microsoft word, word processing, ms-word, word | microsoft-office | google-docs:0.7 | amb=word
powerpoint | Microsoft PowerPoint | tool | ms powerpoint, microsoft powerpoint, power point, powerpoint presentations, ms power point | microsoft-office | google-slides:0.7
outlook | Microsoft Outlook | tool | ms outlook, microsoft outlook, outlook | microsoft-office | | amb=outlook
visio | Microsoft Visio | tool | visio, ms visio, microsoft visio | microsoft-office
sharepoint | SharePoint | tool | microsoft sharepoint, ms sharepoint, sharepoint online | microsoft-office, documentation
teams | Microsoft Teams | tool | ms teams, microsoft teams | collaboration-tools
collaboration-tools | Collaboration Tools | concept | collaboration software | office-tools
google-workspace | Google Workspace | tool | g suite, gsuite, google workspace, google workspace software, google apps | office-tools | microsoft-office:0.7
google-docs | Google Docs | tool |  | google-workspace | word:0.7
google-slides | Google Slides | tool | | google-workspace | powerpoint:0.7
office-tools | Office Tools | concept | office software, computer literacy, computer skills, basic computer skills, ms tools | 
typing | Typing | tool | touch typing, typing speed | office-tools | | amb=typing
agile | Agile | meth | agile methodology, agile methodologies, agile development, agile software development, agile practices, agile scrum | project-management | scrum:0.8, kanban:0.6 | amb=agile
scrum | Scrum | meth | scrum methodology, scrum master, sprint planning, scrum framework | agile | kanban:0.6
kanban | Kanban | meth | | agile | scrum:0.6
waterfall | Waterfall | meth | waterfall model, waterfall methodology | project-management | agile:0.3 | amb
safe | SAFe | meth | scaled agile framework, scaled agile | agile | | amb=safe
lean | Lean | meth | lean manufacturing, lean management, lean principles | process-improvement | six-sigma:0.6 | amb
kaizen | Kaizen | meth | continuous improvement events | lean
five-s | 5S | meth | 5s | lean
six-sigma | Six Sigma | meth | lean six sigma, six sigma green belt, six sigma black belt, dmaic, 6 sigma | process-improvement | lean:0.6
process-improvement | Process Improvement | dom | continuous improvement, business process improvement, process optimization, process re-engineering, business process management, bpm | operations-management
project-management | Project Management | dom | project management, project planning, project coordination, project delivery, project execution, managing projects | management | program-management:0.7
program-management | Program Management | dom | programme management, portfolio management, pmo | management | project-management:0.7
product-management | Product Management | dom | product manager, product strategy, product roadmap, product roadmaps, roadmapping, product lifecycle management, plm, product development, go-to-market, go to market, gtm strategy | management | project-management:0.4
product-ownership | Product Ownership | dom | product owner, backlog management, backlog grooming, user stories, requirements prioritization | product-management, agile
business-analysis | Business Analysis | dom | business analyst, requirements gathering, requirement analysis, requirements analysis, requirements elicitation, gap analysis, business requirements, functional requirements, brd, frd, use cases, process mapping | 
stakeholder-management | Stakeholder Management | soft | stakeholder communication, stakeholder engagement, managing stakeholders, client management, client relationship management, client relationship, client interaction | | communication:0.4
risk-management | Risk Management | dom | risk assessment, risk analysis, risk mitigation, enterprise risk management | management
change-management | Change Management | dom | organizational change, organisational change, change leadership | management
operations-management | Operations Management | dom | operations, business operations, operational management | management | | amb=operations
supply-chain | Supply Chain Management | dom | supply chain, scm | operations-management
# The functions within a supply chain are their own skills (children): a buyer who wrote
# "procurement" has not said they run logistics or a warehouse.
logistics | Logistics | dom | logistics management | supply-chain | warehouse-management:0.6
procurement | Procurement | dom | purchasing, sourcing, strategic sourcing | supply-chain | vendor-management:0.6
inventory-management | Inventory Management | dom | inventory control | supply-chain | warehouse-management:0.6
vendor-management | Vendor Management | dom | supplier management | supply-chain | procurement:0.6
warehouse-management | Warehouse Management | dom | warehousing | supply-chain | logistics:0.6, inventory-management:0.6
erp | ERP | tool | erp systems, enterprise resource planning | operations-management | sap:0.6
sap | SAP | tool | sap erp, sap software, sap r/3, sap s/4hana, s/4hana, sap hana, sap fico, sap fi, sap mm, sap sd, sap bw, sap basis | erp | erp:0.6
crm | CRM | tool | customer relationship management, crm software, crm systems | sales | salesforce:0.6
hubspot | HubSpot | tool | hubspot software, hubspot crm | crm, marketing-automation | salesforce:0.5
dynamics-crm | Microsoft Dynamics CRM | tool | dynamics crm, microsoft dynamics crm, dynamics 365 crm | crm | salesforce:0.5
management | Management | dom | general management, managerial skills, business management | | | amb=management
strategic-planning | Strategic Planning | dom | business strategy, strategic management, strategy development, corporate strategy, strategic thinking | management
business-development | Business Development | dom | biz dev, bizdev, new business development, partnerships, business growth, presales, pre-sales | sales
lead-generation | Lead Generation | dom | lead gen, prospecting, sales prospecting, new business prospecting | business-development, marketing
consulting | Consulting | dom | management consulting, business consulting, advisory | 
marketing | Marketing | dom | marketing strategy, marketing strategies, marketing campaigns, marketing management, strategic marketing, marketing plans, integrated marketing, direct marketing, print media | 
advertising | Advertising | dom | | marketing
brand-management | Brand Management | dom | branding | marketing | brand-identity-design:0.5
digital-marketing | Digital Marketing | dom | online marketing, internet marketing, digital marketing strategy, digital campaigns, ppc, pay per click, sem, search engine marketing, display advertising, programmatic advertising, affiliate marketing | marketing
seo | SEO | dom | search engine optimization, search engine optimisation, on-page seo, off-page seo, keyword research, smo | digital-marketing |  | t=technical
social-media-marketing | Social Media Marketing | dom | social media, social media marketing, social media management, social media strategy, smm, facebook marketing, instagram marketing, linkedin marketing, facebook ads | digital-marketing
# Each platform is its own skill, a child of the field (a person who lists LinkedIn has not said
# they market on social media; a job asking social media marketing is met by one of them at the
# child's credit). The names are also ordinary words and need context.
facebook | Facebook | tool | | social-media-marketing | instagram:0.6 | amb
instagram | Instagram | tool | | social-media-marketing | facebook:0.6 | amb
twitter | Twitter | tool | | social-media-marketing | | amb
linkedin | LinkedIn | tool | | social-media-marketing | | amb
youtube | YouTube | tool | | social-media-marketing | | amb
tiktok | TikTok | tool | | social-media-marketing | instagram:0.5 | amb
content-marketing | Content Marketing | dom | content strategy, content creation, content writing, blogging, content development | marketing | copywriting:0.6
copywriting | Copywriting | dom | copy writing, copywriter, copy editing, copyediting, proofreading, creative writing | marketing | content-marketing:0.6
email-marketing | Email Marketing | dom | email campaigns | digital-marketing, marketing-automation
marketing-automation | Marketing Automation | tool | | digital-marketing
market-research | Market Research | dom | market analysis, marketing research, competitive analysis, competitor analysis, consumer research, customer insights, surveys | marketing
public-relations | Public Relations | dom | pr, media relations, press releases, communications strategy, corporate communications | marketing | | amb=PR
ecommerce | E-commerce | dom | e-commerce, ecommerce, online retail, online sales | sales, digital-marketing
sales | Sales | dom | selling, sales management, b2b sales, b2c sales, inside sales, field sales, direct sales, retail sales, sales operations, sales strategy, consultative selling, solution selling | | | amb=sales
# Analysing what was sold is a sales skill of its own ("sales data", "sales reporting"), not Sales.
sales-analysis | Sales Analysis | dom | sales analysis, sales analytics, sales data analysis, sales data, sales reporting | sales, data-analysis
account-management | Account Management | dom | key account management, account manager, client servicing, customer success, customer retention | sales
negotiation | Negotiation | soft | negotiating, negotiation skills, contract negotiation, contract negotiations, deal closing, closing deals | | persuasion:0.5
customer-service | Customer Service | soft | customer service, customer support, customer care, client service, client services, customer handling, customer satisfaction, customer relations, customer experience, call center, call centre | | communication:0.3
accounting | Accounting | dom | accountancy, financial accounting, bookkeeping, book keeping, cost accounting, management accounting | finance
# Accounting duties and standards a person lists by name: children of Accounting (credit through
# the hierarchy), kept under their own names rather than collapsed into "Accounting".
general-ledger | General Ledger | dom | general ledgers, gl accounting | accounting
accounts-payable | Accounts Payable | dom | | accounting | accounts-receivable:0.6
accounts-receivable | Accounts Receivable | dom | | accounting | accounts-payable:0.6
account-reconciliation | Account Reconciliation | dom | account reconciliations, reconciliation, reconciliations, balance sheet reconciliation, balance sheet reconciliations | accounting | bank-reconciliation:0.8
bank-reconciliation | Bank Reconciliation | dom | bank reconciliations | accounting
journal-entries | Journal Entries | dom | journal entry, adjusting entries, adjusting journal entries | accounting, general-ledger
month-end-close | Month-End Close | dom | month end close, month-end closing, month end closing, monthly close, financial close, period-end close | accounting
gaap | GAAP | dom | us gaap, u.s. gaap, generally accepted accounting principles | accounting | ifrs:0.6
ifrs | IFRS | dom | international financial reporting standards | accounting | gaap:0.6
tally | Tally ERP | tool | tally, tally erp 9, tally erp, tally prime | accounting | quickbooks:0.6 | amb=tally
quickbooks | QuickBooks | tool | intuit quickbooks, quick books | accounting | tally:0.6
finance | Finance | dom | corporate finance, financial management, finance management | | | amb=finance
financial-analysis | Financial Analysis | dom | financial modeling, financial modelling, fp&a, financial statements, variance analysis | finance
# Narrower finance skills are their own nodes, children of Financial Analysis: a resume that says
# "budgeting" keeps budgeting (the child satisfies a job asking Financial Analysis), and a job that
# asks forecasting is not met by someone who only wrote valuation.
forecasting | Forecasting | dom | financial forecasting, sales forecasting, demand forecasting | financial-analysis | budgeting:0.5
budgeting | Budgeting | dom | budget management, budgets, budget planning, budget preparation | financial-analysis | forecasting:0.5, cost-control:0.5
cost-control | Cost Control | dom | cost analysis, cost management, cost reduction | financial-analysis | budgeting:0.5
valuation | Valuation | dom | business valuation, company valuation | financial-analysis | financial-planning:0.3
dcf | Discounted Cash Flow | dom | dcf, dcf analysis, discounted cash flow analysis | valuation
financial-planning | Financial Planning | dom | financial planning | financial-analysis | budgeting:0.6
financial-reporting | Financial Reporting | dom | financial reporting | financial-analysis | accounting:0.6
auditing | Auditing | dom | audit, internal audit, external audit, statutory audit, financial audit, audits | accounting | | amb=audit
taxation | Taxation | dom | tax, income tax, sales tax, sales and use tax, tax preparation, tax compliance, gst, vat, tds, direct tax, indirect tax | accounting, finance | | amb=tax
# Paying employees is an accounting duty of its own, related to taxation (withholding), not taxation.
payroll | Payroll | dom | payroll processing, payroll administration, payroll management, payroll software | accounting | taxation:0.5
banking | Banking | dom | retail banking, investment banking, commercial banking, credit analysis, loans, kyc, aml, anti-money laundering | finance
investment | Investment Management | dom | asset management, wealth management, equity research, trading, financial markets, capital markets | finance
insurance | Insurance | dom | underwriting, claims processing, claims management | finance
economics | Economics | dom | econometrics, microeconomics, macroeconomics | 
human-resources | Human Resources | dom | hr, human resource management, hrm, hr management, personnel management, hr operations, employee relations, onboarding, performance management, compensation and benefits, hr policies | management | | amb=HR
hris | HRIS | concept | hris, hris system, hris systems, hr information system, hr information systems, human resources information system, human resource information system, hr system, hr systems, hcm system, human capital management system, hr software | human-resources
sap-successfactors | SAP SuccessFactors | tool | successfactors, sap successfactors, sap sf | hris
bamboohr | BambooHR | tool | bamboohr, bamboo hr | hris
hibob | HiBob | tool | hibob, hi bob | hris
personio | Personio | tool | personio | hris
recruiting | Recruiting | dom | recruitment, talent acquisition, sourcing candidates, interviewing, headhunting, staffing, campus recruitment | human-resources
training-development | Training & Development | dom | corporate training, learning and development, l&d, employee training, facilitation | human-resources, teaching
legal | Law | dom | legal, law, legal research, legal advice, legal drafting, drafting, litigation, civil litigation, arbitration, contracts, contract law, contract drafting, contract management, corporate law, commercial law, criminal law, family law, constitutional law, intellectual property, ip law, immigration law, personal injury, legal writing | | | amb=law;legal;drafting;contracts
labour-law | Labour Law | dom | labour law, labor law, labour laws, labor laws, employment law, employment legislation, labour legislation, labor legislation | legal
administrative-support | Administrative Support | dom | office administration, office management, clerical, administrative support, executive assistance, scheduling, calendar management, front desk, receptionist, filing, record keeping, records management | | | amb=scheduling;filing
event-management | Event Management | dom | event planning, events, event coordination, conference planning | | | amb=events
hospitality | Hospitality | dom | hotel management, food and beverage, front office, housekeeping, guest relations, restaurant management | 
retail | Retail | dom | retail management, merchandising, visual merchandising, store operations, point of sale, pos, cash handling | | | amb=retail;POS
real-estate | Real Estate | dom | property management, leasing, real estate sales | 
`;
