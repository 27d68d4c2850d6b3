/** Software engineering concepts, practices, security, networking and design tools. */
export const ENGINEERING = `
# id | Name | cat | aliases | parents | related | flags
software-development | Software Development | concept | software engineering, software design and development, application development, sdlc, software development life cycle, software development lifecycle | | | 
computer-science | Computer Science | dom | cs fundamentals, computer science fundamentals | | | t=technical
algorithms | Algorithms | concept | algorithm design, algorithms and data structures | computer-science
data-structures | Data Structures | concept | data structures and algorithms, dsa | computer-science | algorithms:0.7
oop | Object-Oriented Programming | concept | oop, oops, object oriented programming, object-oriented design, ooad, object oriented analysis and design, ood | programming
functional-programming | Functional Programming | concept | fp | programming
design-patterns | Design Patterns | concept | software design patterns, gang of four, solid principles | software-architecture
software-architecture | Software Architecture | concept | system design, systems design, solution architecture, architecture design, distributed systems, scalable systems, high availability | software-development
web-development | Web Development | concept | web development, web developer, web applications, web application development, web technologies, web programming, full stack development, full-stack, full stack, fullstack | software-development
frontend-development | Frontend Development | concept | front end, front-end, frontend, front end development, front-end development, ui development, client-side | web-development
backend-development | Backend Development | concept | back end, back-end, backend, back end development, back-end development, server-side | web-development
mobile-development | Mobile Development | concept | mobile app development, mobile applications, mobile apps, app development | software-development
game-development | Game Development | concept | game programming, game design | software-development
embedded-systems | Embedded Systems | concept | embedded, embedded software, firmware, microcontrollers, rtos, embedded linux | software-development | | amb=embedded
computer-graphics | Computer Graphics | concept | 3d graphics, graphics programming, shaders | software-development
blockchain | Blockchain | concept | web3, smart contracts, cryptocurrency | software-development
testing | Software Testing | meth | testing, software testing, qa testing, manual testing, functional testing, regression testing, integration testing, integration tests, integration test, system testing, test cases, test case design, test plans, test planning, test execution, defect tracking, defect management, bug tracking, uat, user acceptance testing, black box testing, white box testing, smoke testing | software-development | | amb=testing
quality-assurance | Quality Assurance | meth | qa, quality assurance, software quality assurance, sqa, quality control, qc | | testing:0.6 | amb=QA;QC
unit-testing | Unit Testing | meth | unit tests, unit test, tdd, test driven development, test-driven development, code coverage, test coverage | testing
test-automation | Test Automation | meth | automation testing, automated testing, test automation frameworks, automated tests | testing
performance-testing | Performance Testing | meth | load testing, stress testing | testing
api-testing | API Testing | meth |  | testing, apis
hp-alm | HP ALM / Quality Center | tool | hp quality center, quality center, hp alm, alm, test director | testing | jira:0.4
jira | Jira | tool | atlassian jira, jira software, jira agile | project-management-tools | confluence:0.5, trello:0.5, asana:0.5 | 
confluence | Confluence | tool | atlassian confluence | documentation | sharepoint:0.4
trello | Trello | tool | | project-management-tools | jira:0.5, asana:0.6
asana | Asana | tool |  | project-management-tools | trello:0.6, jira:0.5
ms-project | Microsoft Project | tool | ms project, microsoft project, mpp | project-management-tools
project-management-tools | Project Management Tools | concept | project management software | project-management
bugzilla | Bugzilla | tool |  | testing | jira:0.5
visual-studio | Visual Studio | tool | microsoft visual studio | ides
eclipse | Eclipse | tool | eclipse ide | ides, java | intellij:0.7 | amb=eclipse
intellij | IntelliJ IDEA | tool | intellij, intellij idea | ides | eclipse:0.7
ides | IDEs | concept | ide, integrated development environment | software-development
uml | UML | concept | unified modeling language, sequence diagrams | software-architecture
security | Cybersecurity | dom | cyber security, cybersecurity, information security, infosec, it security, security operations, soc analyst | | | t=technical
network-security | Network Security | concept | firewalls, firewall, ids/ips, intrusion detection, vpn, ipsec | security, networking
application-security | Application Security | concept | appsec, secure coding, owasp, owasp top 10, web application security, sast, dast | security
penetration-testing | Penetration Testing | concept | pen testing, pentesting, ethical hacking, vulnerability assessment, vapt | security
siem | SIEM | tool | security information and event management | security | datadog:0.3
iam | Identity and Access Management | concept | iam, identity management, access management, sso, single sign-on, oauth, oauth2, saml, openid connect | security
cryptography | Cryptography | concept | encryption, pki, ssl/tls, tls, ssl | security
compliance | Compliance | dom | regulatory compliance, compliance management, compliance programme, compliance program | 
# A named regime is its own skill: the gap keeps the name the ad asked (HIPAA, not "Compliance")
# and its resources are that regime's (a US clinic's HIPAA ask never gets the GDPR text).
gdpr | GDPR | dom | general data protection regulation, eu gdpr, uk gdpr | compliance | hipaa:0.4, ccpa:0.6
ccpa | CCPA | dom | california consumer privacy act, cpra | compliance | hipaa:0.4
hipaa | HIPAA | dom | health insurance portability and accountability act, hipaa compliance, hipaa privacy rule | compliance | osha:0.2
osha | OSHA | dom | occupational safety and health administration, osha standards, osha compliance, osha 10, osha 30 | compliance
pci-dss | PCI DSS | dom | pci-dss, pci compliance, payment card industry data security standard | compliance | iso-27001:0.4
iso-27001 | ISO 27001 | dom | iso/iec 27001, iso27001 | compliance | soc-2:0.6
soc-2 | SOC 2 | dom | soc2, soc 2 type ii, soc 2 type 2 | compliance
sox | SOX | dom | sox compliance, sarbanes-oxley, sarbanes oxley | compliance
networking | Networking | concept | computer networking, computer networks, network administration, network engineering, network infrastructure, lan, wan, lan/wan, network configuration, network troubleshooting | it-operations
tcp-ip | TCP/IP | concept | tcp/ip, tcp ip, tcp, udp, dns, dhcp, http, https, ftp, smtp, osi model, ipv4, ipv6, subnetting | networking
routing-switching | Routing & Switching | concept | routing, switching, routing and switching, bgp, border gateway protocol bgp, ospf, eigrp, vlan, vlans, mpls, stp | networking
cisco | Cisco | tool | cisco routers, cisco switches, cisco ios, cisco networking | networking, routing-switching | juniper:0.6
juniper | Juniper | tool | juniper networks, junos | networking | cisco:0.6 | amb
itsm | IT Service Management | meth | itsm, itil, itil v3, itil v4, incident management, problem management, change management process, service desk, help desk, helpdesk | it-operations
technical-support | Technical Support | dom | tech support, it support, desktop support, technical troubleshooting, troubleshooting, hardware troubleshooting, end user support | it-operations | customer-service:0.3 | t=technical
figma | Figma | tool | | ui-design | sketch:0.7, adobe-xd:0.7
sketch | Sketch | tool | sketch app, bohemian sketch | ui-design | figma:0.7 | amb
adobe-xd | Adobe XD | tool | xd | ui-design | figma:0.7
photoshop | Adobe Photoshop | tool | photoshop, adobe photoshop, ps | graphic-design, photo-editing | illustrator:0.5 | amb=PS
illustrator | Adobe Illustrator | tool | illustrator, adobe illustrator, ai illustrator | graphic-design | photoshop:0.5 | amb=illustrator
indesign | Adobe InDesign | tool | indesign, adobe indesign | desktop-publishing | illustrator:0.4 |
after-effects | Adobe After Effects | tool | after effects, adobe after effects | video-production
adobe-creative-suite | Adobe Creative Suite | tool | adobe creative cloud, adobe creative cloud software, adobe cc, creative suite, adobe suite, adobe creative suite | graphic-design
dreamweaver | Adobe Dreamweaver | tool | dreamweaver, adobe dreamweaver, macromedia dreamweaver | web-design
flash | Adobe Flash | tool | flash, adobe flash, macromedia flash, flash actionscript | web-design | | amb=flash
canva | Canva | tool | | graphic-design
autocad | AutoCAD | tool | autodesk autocad, autocad civil 3d, autodesk autocad civil 3d, auto cad | cad | solidworks:0.5, revit:0.5
solidworks | SolidWorks | tool | dassault systemes solidworks | cad | autocad:0.5 |
revit | Revit | tool | autodesk revit | cad | autocad:0.5 |
cad | CAD | concept | computer aided design, computer-aided design, cad/cam, drafting software | engineering-design
engineering-design | Engineering Design | dom | mechanical design, product design engineering | 
gis | GIS | tool | geographic information systems, geographic information system | data-analysis
ui-design | UI Design | dom | ui, ui design, user interface design, user interface, gui design, interface design, visual design | design | ux-design:0.7 | t=technical amb=UI
ux-design | UX Design | dom | ux, user experience, user experience design, human centered design | design | ui-design:0.7 | amb=UX
# Crafts within UX and UI design are their own skills (children), not spellings of them: a
# job asking usability testing is not met by someone who only wrote wireframes.
user-research | User Research | dom | ux research, user experience research, design research | ux-design | usability-testing:0.6
usability-testing | Usability Testing | meth | usability tests, usability studies, usability study | ux-design | user-research:0.6
interaction-design | Interaction Design | dom | ixd | ux-design | ui-design:0.5, prototyping:0.4
information-architecture | Information Architecture | dom | | ux-design | interaction-design:0.4
design-thinking | Design Thinking | meth | human centered design thinking | ux-design | user-research:0.4
wireframing | Wireframing | dom | wireframes, wireframe, wire framing, wire frames, mockups, mock-ups | ui-design | prototyping:0.6
prototyping | Prototyping | dom | interactive prototypes, clickable prototypes | ui-design | wireframing:0.6
web-accessibility | Web Accessibility | dom | wcag, wcag 2, wcag 2.0, wcag 2.1, wcag 2.2, web accessibility, digital accessibility, accessibility standards, accessibility guidelines, accessible design, a11y | ux-design, web-development | ux-design:0.3
a-b-testing | A/B Testing | meth | a/b testing, ab testing, a/b tests, split testing, multivariate testing | ux-design, digital-marketing | statistics:0.4, product-management:0.3
web-design | Web Design | dom | web designing, website design, responsive design, responsive web design | design, web-development | ui-design:0.6 | t=technical
graphic-design | Graphic Design | dom | graphic designing, graphics design, visual communication | design
# Crafts within graphic design are their own skills (children), not spellings of it.
typography | Typography | dom | type design | graphic-design | logo-design:0.4
logo-design | Logo Design | dom | logo designing | graphic-design | brand-identity-design:0.7
brand-identity-design | Brand Identity Design | dom | branding design, brand identity, visual identity, corporate identity | graphic-design | logo-design:0.7
layout-design | Layout Design | dom | page layout, layout designing | graphic-design | typography:0.5
desktop-publishing | Desktop Publishing | dom | dtp, desktop publishing | graphic-design
video-production | Video Production | dom | video editing, videography, video production, film editing, color grading, colour grading, vfx, visual effects | design
design | Design | dom | | | | amb=design
technical-writing | Technical Writing | dom | technical documentation, api documentation, documentation writing, technical writer | documentation | copywriting:0.3
documentation | Documentation | concept | documenting | software-development
`;
