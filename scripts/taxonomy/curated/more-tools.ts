/** Widely used tools and platforms that O*NET names differently or not at all. */
export const MORE_TOOLS = `
# id | Name | cat | aliases | parents | related | flags
exchange-server | Microsoft Exchange Server | tool | exchange server, ms exchange, microsoft exchange, exchange 2010, exchange 2013, exchange 2016, exchange online, exchange | system-administration, windows | office-365-admin:0.5 | amb=exchange
office-365-admin | Microsoft 365 Administration | tool | office 365 administration, o365 administration, microsoft 365 admin | system-administration | exchange-server:0.5
sccm | Microsoft Endpoint Configuration Manager | tool | sccm, system center configuration manager, mecm, intune, microsoft intune, scom, system center operations manager, system center | system-administration, windows
skype-for-business | Skype for Business | tool | lync, microsoft lync, skype for business, lync server | collaboration-tools
bmc-remedy | BMC Remedy | tool | remedy, bmc remedy, remedy ticketing tool, remedyforce | itsm | servicenow:0.6 | amb=remedy
rally | Rally | tool | ca rally, rally software, broadcom rally, versionone, version one | project-management-tools, agile | jira:0.6 | amb=rally
soa | Service-Oriented Architecture | concept | soa, service oriented architecture, service-oriented architecture, esb, enterprise service bus | software-architecture | microservices:0.6
lamp | LAMP Stack | concept | lamp, lamp stack, wamp, xampp, lemp | web-development, php, linux | | amb=lamp
sdk | SDKs | concept | sdk, sdks, software development kit | software-development | apis:0.4
middleware | Middleware | concept | middleware, middleware systems, middleware integration | software-architecture | application-servers:0.6
automation | Automation | concept | process automation, it automation, workflow automation, automation scripts, automation | | test-automation:0.4 | amb=automation
debugging | Debugging | concept | debugging, software debugging, troubleshooting code, gdb, windbg, gdb debugger, valgrind | software-development
mulesoft | MuleSoft | tool | mule, mule esb, mulesoft, anypoint, anypoint studio, anypoint platform, cloudhub | middleware | tibco:0.5 | amb=mule
tibco | TIBCO | tool | tibco, tibco businessworks, tibco bw, tibco ems | middleware | mulesoft:0.5
ibm-mq | IBM MQ | tool | mq series, mqseries, ibm mq series, ibm websphere mq, websphere mq, mq | message-queues | rabbitmq:0.6 | amb=mq
clearquest | IBM Rational ClearQuest | tool | clearquest, rational clearquest, rational, ibm rational | testing | jira:0.4 | amb=rational
vss | Visual SourceSafe | tool | vss, visual sourcesafe, microsoft visual sourcesafe, source safe, pvcs, starteam, borland starteam | version-control | svn:0.6
gwt | Google Web Toolkit | fw | gwt, google web toolkit, vaadin | java, frontend-development
java-ides-legacy | JBuilder | tool | jbuilder, borland jbuilder, jdeveloper, oracle jdeveloper | ides, java | eclipse:0.6
openoffice | OpenOffice | tool | open office, openoffice, libreoffice, libre office, openoffice.org | office-tools | microsoft-office:0.6
control-m | Control-M | tool | control-m, control m, bmc control-m, autosys, ca autosys, tivoli workload scheduler, tws, cron | job-scheduling | | amb=cron
job-scheduling | Job Scheduling | concept | batch scheduling, workload automation, job scheduler | it-operations
zookeeper | Apache ZooKeeper | tool | zookeeper, apache zookeeper, consul, etcd | big-data, software-architecture
artifactory | Artifactory | tool | jfrog artifactory, artifactory, nexus, sonatype nexus, nexus repository | build-tools, ci-cd
msbuild | MSBuild | tool | msbuild, nant, nuget | build-tools, dotnet
mstest | MSTest | fw | mstest, nunit, xunit, xunit.net | unit-testing, dotnet | junit:0.5
protractor | Protractor | tool | protractor, karma runner | test-automation, angularjs | cypress:0.5
bdd | Behaviour-Driven Development | meth | bdd, behavior driven development, behaviour driven development, cucumber, specflow, gherkin, atdd, acceptance test driven development | testing | unit-testing:0.4
sonarqube | SonarQube | tool | sonar, sonarqube, sonarlint, code quality tools, static code analysis, checkstyle, pmd, findbugs, cobertura, jacoco | testing, ci-cd
camtasia | Camtasia | tool | camtasia, camtasia studio, snagit, screencast | video-production
filezilla | FileZilla | tool | filezilla, winscp, putty, ftp client | system-administration
infopath | InfoPath | tool | infopath, microsoft infopath, nintex, nintex workflow | sharepoint
knockoutjs | Knockout.js | fw | knockoutjs, knockout.js, knockout js, backbone.js, backbonejs, backbone js, ember.js, emberjs | javascript, frontend-development | angularjs:0.5
guice | Google Guice | fw | guice, google guice, dagger | java
xaml | XAML | pl | xaml | wpf
apache-velocity | Apache Velocity | fw | apache velocity, velocity templates, freemarker, thymeleaf, apache tiles, tiles framework | java
quartz | Quartz Scheduler | fw | quartz scheduler, quartz | java, job-scheduling | | amb=quartz
java-applets | Java Applets | fw | applets, java applets, applet | java
mainframe | Mainframe | tool | mainframe, mainframes, ibm mainframe, z/os, zos, mvs, jcl, cics, ims db, tso, ispf, file-aid, xpeditor, spufi, qmf, endevor | operating-systems | cobol:0.6
sap-abap-tools | SAP ABAP Development | tool | idocs, idoc, bapi, bapis, smartforms, sap smartforms, sapscript, alv reports, badi, user exits, rfc | abap
sailpoint | SailPoint | tool | sailpoint, sailpoint iiq, sailpoint identityiq, cyberark, ping identity | iam
vsto | Visual Studio Tools for Office | tool | vsto | visual-studio, microsoft-office
azure-devops-services | Azure DevOps | tool | vsts, visual studio team services, azure boards, azure pipelines | ci-cd, azure | tfs:0.8
aws-services | AWS Services | cloud | vpc, amazon vpc, elb, elastic load balancer, sqs, amazon sqs, sns, amazon sns, rds, amazon rds, auto scaling, cloudwatch, amazon cloudwatch, iam roles, route 53, route53, api gateway, elastic beanstalk, ecs, fargate, aurora, amazon aurora | aws | | amb=vpc;elb;sqs;sns;rds;ecs;aurora
data-center | Data Center | concept | data center, data centre, datacenter, data center operations | it-operations
ethernet | Ethernet | concept | ethernet, wi-fi, wifi, wireless networking, wlan | networking
network-protocols | Network Protocols | concept | snmp, hsrp, vrrp, rstp, pvst, vtp, qos, quality of service, netflow, ipsec vpn | routing-switching
load-balancing | Load Balancing | concept | load balancer, load balancers, f5, f5 big-ip, haproxy | networking, software-architecture
storage | Storage | concept | storage area network, nas, netapp, emc, emc storage, san storage, raid, backup and recovery, veeam | it-operations
firewall-tools | Firewall Platforms | tool | palo alto, palo alto networks, checkpoint firewall, check point, fortinet, fortigate, cisco asa firewall, sophos | network-security
ms-dynamics-nav | Microsoft Dynamics NAV | tool | dynamics nav, navision, dynamics ax, dynamics 365 business central, business central | erp
crystal-reports | Crystal Reports | tool | crystal reports, crystal report, sap crystal reports, xcelsius, sap bo, bo reporting, bo universe, web intelligence, webi | business-intelligence
oracle-apps | Oracle E-Business Suite | tool | oracle apps, oracle applications, oracle e-business suite, oracle ebs r12, oracle financials, oracle hrms, oracle fusion, oracle fusion middleware, oracle soa suite, oracle osb, osb, oracle service bus, bpel, oracle bpel | erp, middleware | sap:0.5
hyperion | Oracle Hyperion | tool | hyperion, oracle hyperion, essbase, hyperion essbase, hyperion planning, hfm, hyperion financial management, fdmee, oracle epm, odi, oracle data integrator | business-intelligence, financial-analysis
pega | Pega | tool | pega, pegasystems, pega prpc, pega marketing | crm, bpm-tools
bpm-tools | BPM Platforms | concept | bpm tools, appian, camunda, ibm bpm, bizagi | process-improvement
rpa | Robotic Process Automation | tool | rpa, uipath, ui path, automation anywhere, blue prism | automation
adobe-experience-manager | Adobe Experience Manager | tool | aem, adobe experience manager, adobe cq5, cq5, sitecore, kentico, umbraco | cms
seo-tools | SEO Tools | tool | semrush, ahrefs, moz, buzzsumo, buzzstream, google search console, webmaster tools, screaming frog, yoast | seo
social-media-tools | Social Media Tools | tool | hootsuite, tweetdeck, tweet deck, buffer app, sprout social, later.com | social-media-marketing
smartboard | Interactive Whiteboards | tool | smartboard, smart board, smart notebook, promethean board, interactive whiteboard | teaching
translation-tools | Translation & Subtitling | dom | subtitling, subtitles, cat tools, sdl trados, trados, memoq, translation, localization, localisation | | | amb=translation
`;
