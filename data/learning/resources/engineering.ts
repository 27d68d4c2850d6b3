/** Engineering practice, testing, security, networking, design tools. Line: skillId | kind hours | title | url */
export const ENGINEERING = `
software-development | course 12 | The Missing Semester of Your CS Education (MIT) | https://missing.csail.mit.edu/
computer-science | course 60 | CS50x: Introduction to Computer Science | https://cs50.harvard.edu/x/
algorithms | course 40 | MIT 6.006 Introduction to Algorithms (OCW) | https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/
data-structures | book 30 | Open Data Structures | https://opendatastructures.org/
oop | tutorial 3 | Object-Oriented Programming Concepts (The Java Tutorials) | https://docs.oracle.com/javase/tutorial/java/concepts/
functional-programming | book 15 | Professor Frisby's Mostly Adequate Guide to FP | https://mostly-adequate.gitbook.io/mostly-adequate-guide/
design-patterns | guide 15 | Refactoring.Guru: design patterns | https://refactoring.guru/design-patterns
software-architecture | guide 20 | The System Design Primer | https://github.com/donnemartin/system-design-primer
embedded-systems | book 30 | Embedded Systems: Shape the World (UT Austin) | https://users.ece.utexas.edu/~valvano/Volume1/E-Book/
computer-graphics | tutorial 25 | LearnOpenGL | https://learnopengl.com/
blockchain | docs 10 | ethereum.org developer docs | https://ethereum.org/en/developers/docs/
testing | guide 6 | The Practical Test Pyramid (Martin Fowler) | https://martinfowler.com/articles/practical-test-pyramid.html
testing | guide 20 | ISTQB Certified Tester Foundation Level syllabus | https://www.istqb.org/certifications/certified-tester-foundation-level
quality-assurance | guide 20 | ISTQB Certified Tester Foundation Level syllabus | https://www.istqb.org/certifications/certified-tester-foundation-level
unit-testing | guide 2 | The Practical Test Pyramid (Martin Fowler) | https://martinfowler.com/articles/practical-test-pyramid.html
test-automation | course 10 | Test Automation University | https://testautomationu.applitools.com/
performance-testing | docs 6 | Apache JMeter: getting started | https://jmeter.apache.org/usermanual/get-started.html
api-testing | docs 4 | Postman Learning Center | https://learning.postman.com/docs/getting-started/overview/
hp-alm | guide 6 | ISTQB Foundation syllabus (test management) | https://www.istqb.org/certifications/certified-tester-foundation-level
jira | guide 3 | Jira guides (Atlassian) | https://www.atlassian.com/software/jira/guides
confluence | guide 2 | Confluence guides (Atlassian) | https://www.atlassian.com/software/confluence/guides
trello | guide 1 | Trello guide | https://trello.com/guide
asana | course 3 | Asana Academy | https://academy.asana.com/
ms-project | guide 6 | Project help & learning (Microsoft Support) | https://support.microsoft.com/en-us/project
bugzilla | docs 2 | Bugzilla documentation | https://bugzilla.readthedocs.io/
visual-studio | docs 3 | Visual Studio Code documentation | https://code.visualstudio.com/docs
eclipse | docs 3 | Eclipse documentation | https://help.eclipse.org/latest/index.jsp
intellij | docs 3 | IntelliJ IDEA: getting started | https://www.jetbrains.com/help/idea/getting-started.html
uml | guide 6 | UML diagrams reference (uml-diagrams.org) | https://www.uml-diagrams.org/
security | guide 4 | OWASP Top 10 | https://owasp.org/www-project-top-ten/
security | video 30 | Professor Messer: CompTIA Security+ training | https://www.professormesser.com/
network-security | video 30 | Professor Messer: CompTIA Security+ training | https://www.professormesser.com/
application-security | guide 10 | OWASP Cheat Sheet Series | https://cheatsheetseries.owasp.org/
penetration-testing | interactive 40 | PortSwigger Web Security Academy | https://portswigger.net/web-security
siem | course 8 | Splunk free training courses | https://www.splunk.com/en_us/training/free-courses/overview.html
iam | docs 4 | What is IAM? (AWS documentation) | https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html
cryptography | book 10 | Crypto 101 | https://www.crypto101.io/
compliance | guide 4 | US Department of Justice: Evaluation of Corporate Compliance Programs | https://www.justice.gov/criminal/criminal-fraud/page/file/937501/dl
gdpr | guide 6 | GDPR full text with recitals | https://gdpr-info.eu/
gdpr | guide 8 | ICO: UK GDPR guidance and resources | https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/
ccpa | guide 3 | California Attorney General: California Consumer Privacy Act (CCPA) | https://oag.ca.gov/privacy/ccpa
hipaa | guide 4 | HHS: Summary of the HIPAA Privacy Rule | https://www.hhs.gov/hipaa/for-professionals/privacy/laws-regulations/index.html
hipaa | guide 3 | HHS: Summary of the HIPAA Security Rule | https://www.hhs.gov/hipaa/for-professionals/security/laws-regulations/index.html
hipaa | guide 4 | HHS: HIPAA training and resources for professionals | https://www.hhs.gov/hipaa/for-professionals/training/index.html
osha | guide 4 | OSHA: Recommended Practices for Safety and Health Programs | https://www.osha.gov/safety-management
osha | guide 6 | OSHA: Training Requirements in OSHA Standards | https://www.osha.gov/sites/default/files/publications/osha2254.pdf
osha | guide 3 | OSHA: Healthcare safety and health topics | https://www.osha.gov/healthcare
pci-dss | guide 8 | PCI Security Standards Council document library | https://www.pcisecuritystandards.org/document_library/
iso-27001 | guide 2 | ISO/IEC 27001 overview (ISO) | https://www.iso.org/standard/27001
soc-2 | guide 3 | AICPA: SOC 2 reporting on controls at a service organization | https://www.aicpa-cima.com/topic/audit-assurance/audit-and-assurance-greater-than-soc-2
sox | guide 4 | SEC: Sarbanes-Oxley Act spotlight | https://www.sec.gov/spotlight/sarbanes-oxley.htm
networking | book 10 | Beej's Guide to Network Concepts | https://beej.us/guide/bgnet0/
networking | course 40 | Cisco Networking Academy | https://www.netacad.com/
tcp-ip | book 10 | Beej's Guide to Network Concepts | https://beej.us/guide/bgnet0/
routing-switching | course 40 | Cisco Networking Academy | https://www.netacad.com/
cisco | course 40 | Cisco Networking Academy | https://www.netacad.com/
juniper | course 20 | Juniper Open Learning | https://learningportal.juniper.net/
itsm | guide 3 | IT service management guide (Atlassian) | https://www.atlassian.com/itsm
technical-support | course 40 | Google IT Support (Coursera, free to audit) | https://www.coursera.org/professional-certificates/google-it-support
figma | docs 6 | Figma Learn help center | https://help.figma.com/
sketch | docs 4 | Sketch documentation | https://www.sketch.com/docs/
adobe-xd | tutorial 4 | Adobe XD tutorials | https://helpx.adobe.com/xd/tutorials.html
photoshop | tutorial 8 | Photoshop tutorials (Adobe) | https://helpx.adobe.com/photoshop/tutorials.html
illustrator | tutorial 8 | Illustrator tutorials (Adobe) | https://helpx.adobe.com/illustrator/tutorials.html
indesign | tutorial 6 | InDesign tutorials (Adobe) | https://helpx.adobe.com/indesign/tutorials.html
after-effects | tutorial 8 | After Effects tutorials (Adobe) | https://helpx.adobe.com/after-effects/tutorials.html
adobe-creative-suite | tutorial 10 | Creative Cloud tutorials (Adobe) | https://helpx.adobe.com/creative-cloud/tutorials-explore.html
dreamweaver | tutorial 4 | Dreamweaver tutorials (Adobe) | https://helpx.adobe.com/dreamweaver/tutorials.html
canva | course 3 | Canva Design School | https://www.canva.com/designschool/
autocad | course 10 | Getting started with AutoCAD (Autodesk) | https://www.autodesk.com/learn/ondemand/curated/getting-started-autocad
solidworks | tutorial 10 | MySolidWorks training | https://my.solidworks.com/training
revit | course 10 | Getting started with Revit (Autodesk) | https://www.autodesk.com/learn/ondemand/curated/revit-getting-started
cad | course 10 | Getting started with AutoCAD (Autodesk) | https://www.autodesk.com/learn/ondemand/curated/getting-started-autocad
gis | tutorial 20 | QGIS Training Manual | https://docs.qgis.org/latest/en/docs/training_manual/
ui-design | guide 10 | Material Design 3 | https://m3.material.io/
ux-design | guide 10 | Nielsen Norman Group articles | https://www.nngroup.com/articles/
web-accessibility | course 20 | Digital Accessibility Foundations (W3C WAI) | https://www.w3.org/WAI/courses/foundations-course/
web-accessibility | guide 2 | WCAG 2 at a Glance (W3C WAI) | https://www.w3.org/WAI/standards-guidelines/wcag/glance/
a-b-testing | guide 2 | A/B Testing 101 (Nielsen Norman Group) | https://www.nngroup.com/articles/ab-testing/
graphic-design | course 4 | GCFGlobal: Graphic design basics | https://edu.gcfglobal.org/en/graphic-design-basics/
desktop-publishing | tutorial 6 | InDesign tutorials (Adobe) | https://helpx.adobe.com/indesign/tutorials.html
video-production | video 20 | DaVinci Resolve training (Blackmagic Design) | https://www.blackmagicdesign.com/products/davinciresolve/training
design | docs 6 | Figma Learn help center | https://help.figma.com/
technical-writing | course 6 | Technical Writing courses (Google) | https://developers.google.com/tech-writing
documentation | guide 4 | Write the Docs guide | https://www.writethedocs.org/guide/
react-redux | docs 4 | React Redux: quick start | https://react-redux.js.org/tutorials/quick-start
aws-services | docs 10 | AWS documentation | https://docs.aws.amazon.com/
scripting | book 20 | Automate the Boring Stuff with Python | https://automatetheboringstuff.com/
bdd | docs 4 | Behaviour-Driven Development (Cucumber docs) | https://cucumber.io/docs/bdd/
build-tools | docs 3 | Maven in 5 Minutes | https://maven.apache.org/guides/getting-started/maven-in-five-minutes.html
guice | docs 4 | Guice user guide | https://github.com/google/guice/wiki
`;
