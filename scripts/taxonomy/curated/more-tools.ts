/** Widely used tools and platforms that O*NET names differently or not at all. */
export const MORE_TOOLS = `
# id | Name | cat | aliases | parents | related | flags
exchange-server | Microsoft Exchange Server | tool | exchange server, ms exchange, microsoft exchange, exchange 2010, exchange 2013, exchange 2016, exchange online, exchange | system-administration, windows | office-365-admin:0.5 | amb=exchange
office-365-admin | Microsoft 365 Administration | tool | office 365 administration, o365 administration, microsoft 365 admin | system-administration | exchange-server:0.5
sccm | Microsoft Endpoint Configuration Manager | tool | sccm, system center configuration manager, mecm, system center | system-administration, windows
skype-for-business | Skype for Business | tool | lync, microsoft lync, skype for business, lync server | collaboration-tools
bmc-remedy | BMC Remedy | tool | remedy, bmc remedy, remedy ticketing tool, remedyforce | itsm | servicenow:0.6 | amb=remedy
rally | Rally | tool | ca rally, rally software, broadcom rally | project-management-tools, agile | jira:0.6 | amb=rally
soa | Service-Oriented Architecture | concept | soa, service oriented architecture, service-oriented architecture, esb, enterprise service bus | software-architecture | microservices:0.6
lamp | LAMP Stack | concept | lamp, lamp stack, wamp, xampp, lemp | web-development, php, linux | | amb=lamp
sdk | SDKs | concept | sdk, sdks, software development kit | software-development | apis:0.4
middleware | Middleware | concept | middleware, middleware systems, middleware integration | software-architecture | application-servers:0.6
automation | Automation | concept | process automation, it automation, workflow automation, automation scripts, automation | | test-automation:0.4 | amb=automation
debugging | Debugging | concept | debugging, software debugging, troubleshooting code | software-development
mulesoft | MuleSoft | tool | mule, mule esb, mulesoft, anypoint, anypoint studio, anypoint platform, cloudhub | middleware | tibco:0.5 | amb=mule
tibco | TIBCO | tool | tibco, tibco businessworks, tibco bw, tibco ems | middleware | mulesoft:0.5
ibm-mq | IBM MQ | tool | mq series, mqseries, ibm mq series, ibm websphere mq, websphere mq, mq | message-queues | rabbitmq:0.6 | amb=mq
clearquest | IBM Rational ClearQuest | tool | clearquest, rational clearquest, ibm rational clearquest | testing | jira:0.4
vss | Visual SourceSafe | tool | vss, visual sourcesafe, microsoft visual sourcesafe, source safe | version-control | svn:0.6
gwt | Google Web Toolkit | fw | gwt, google web toolkit | java, frontend-development
java-ides-legacy | JBuilder | tool | jbuilder, borland jbuilder | ides, java | eclipse:0.6
openoffice | OpenOffice | tool | open office, openoffice, openoffice.org | office-tools | microsoft-office:0.6
control-m | Control-M | tool | control-m, control m, bmc control-m | job-scheduling
job-scheduling | Job Scheduling | concept | batch scheduling, workload automation, job scheduler | it-operations
zookeeper | Apache ZooKeeper | tool | zookeeper, apache zookeeper | big-data, software-architecture
artifactory | Artifactory | tool | jfrog artifactory, artifactory | build-tools, ci-cd
msbuild | MSBuild | tool | msbuild | build-tools, dotnet
mstest | MSTest | fw | mstest | unit-testing, dotnet | junit:0.5
protractor | Protractor | tool | protractor | test-automation, angularjs | cypress:0.5
bdd | Behaviour-Driven Development | meth | bdd, behavior driven development, behaviour driven development, atdd, acceptance test driven development | testing | unit-testing:0.4
sonarqube | SonarQube | tool | sonar, sonarqube, sonarlint | testing, ci-cd
camtasia | Camtasia | tool | camtasia, camtasia studio | video-production
filezilla | FileZilla | tool | filezilla | system-administration
infopath | InfoPath | tool | infopath, microsoft infopath | sharepoint
knockoutjs | Knockout.js | fw | knockoutjs, knockout.js, knockout js | javascript, frontend-development | angularjs:0.5
guice | Google Guice | fw | guice, google guice | java
xaml | XAML | pl | xaml | wpf
apache-velocity | Apache Velocity | fw | apache velocity, velocity templates | java
quartz | Quartz Scheduler | fw | quartz scheduler, quartz | java, job-scheduling | | amb=quartz
java-applets | Java Applets | fw | applets, java applets, applet | java
mainframe | Mainframe | tool | mainframe, mainframes, ibm mainframe | operating-systems | cobol:0.6
sap-abap-tools | SAP ABAP Development | tool |  | abap
sailpoint | SailPoint | tool | sailpoint, sailpoint iiq, sailpoint identityiq | iam
vsto | Visual Studio Tools for Office | tool | vsto | visual-studio, microsoft-office
azure-devops-services | Azure DevOps | tool | vsts, visual studio team services, azure boards, azure pipelines | ci-cd, azure | tfs:0.8
aws-services | AWS Services | cloud | auto scaling, iam roles | aws | |
data-center | Data Center | concept | data center, data centre, datacenter, data center operations | it-operations
ethernet | Ethernet | concept | ethernet, wi-fi, wifi, wireless networking, wlan | networking
network-protocols | Network Protocols | concept | snmp, hsrp, vrrp, rstp, pvst, vtp, qos, quality of service, netflow, ipsec vpn | routing-switching
load-balancing | Load Balancing | concept | load balancer, load balancers | networking, software-architecture
storage | Storage | concept | storage area network, nas, san storage, raid, backup and recovery | it-operations
firewall-tools | Firewall Platforms | tool |  | network-security
ms-dynamics-nav | Microsoft Dynamics NAV | tool | dynamics nav, navision, dynamics 365 business central, business central | erp
crystal-reports | Crystal Reports | tool | crystal reports, crystal report, sap crystal reports | business-intelligence
oracle-apps | Oracle E-Business Suite | tool | oracle apps, oracle applications, oracle e-business suite, oracle ebs r12, oracle financials, oracle hrms, oracle fusion | erp, middleware | sap:0.5
hyperion | Oracle Hyperion | tool | hyperion, oracle hyperion, essbase, hyperion essbase, hyperion planning, hfm, hyperion financial management, fdmee, oracle epm | business-intelligence, financial-analysis
pega | Pega | tool | pega, pegasystems, pega prpc, pega marketing | crm, bpm-tools
bpm-tools | BPM Platforms | concept | bpm tools | process-improvement
rpa | Robotic Process Automation | tool | rpa | automation
adobe-experience-manager | Adobe Experience Manager | tool | aem, adobe experience manager, adobe cq5, cq5 | cms
seo-tools | SEO Tools | tool |  | seo
social-media-tools | Social Media Tools | tool |  | social-media-marketing
smartboard | Interactive Whiteboards | tool | interactive whiteboard | teaching
translation-tools | Translation & Subtitling | dom | subtitling, subtitles, cat tools, translation, localization, localisation | | | amb=translation
`;
